// The preview route `/forhandsvisning/` of the stack's site server. It checks the link's signature
// (401 for a wrong, tampered or expired one), reads that version of the entry from the CMS by
// forwarding the same signed query (the CMS checks it again; no token is needed, and the browser
// never talks to the CMS for it), and has the current build's server-rendered preview page
// (site/src/preview/PreviewPage.astro, the entry pages' own component) render it. Every answer is
// `no-store` and `noindex`; the page may be framed by the CMS's admin, which shows it beside the edit
// view, and by nothing else.
import { existsSync, realpathSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { verifyPreviewQuery } from '@skb/content-types/preview-link';
import { PREVIEW_SERVER_DIR, siteHeaders } from './static-server.ts';

export interface PreviewRouteOptions {
  /** The served build (the stack's `current` link). */
  root: string;
  /** The CMS, as this server reaches it. */
  cmsUrl: string;
  /** The admin's origin, allowed to frame the preview. */
  adminOrigin: string;
  secret: string;
  /** Milliseconds the CMS may take. */
  timeoutMs?: number;
}

const PRIVATE_HEADERS = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
};

function plain(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...PRIVATE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
}

/** The build's policy, with the admin allowed to frame the preview (and X-Frame-Options left out). */
function previewHeaders(root: string, adminOrigin: string): Record<string, string> {
  const { 'x-frame-options': _deny, ...headers } = siteHeaders(root);
  const policy = headers['content-security-policy'] ?? '';
  const frame = `frame-ancestors 'self' ${new URL(adminOrigin).origin}`;
  headers['content-security-policy'] = /frame-ancestors[^;]*/.test(policy)
    ? policy.replace(/frame-ancestors[^;]*/, frame)
    : `${policy}${policy ? '; ' : ''}${frame}`;
  return { ...headers, ...PRIVATE_HEADERS };
}

interface Renderer {
  entry: string;
  worker: Worker;
  port: Promise<number>;
}

/** Every renderer's worker still running, across routes (for previewRenderers). */
const live = new Set<Worker>();

function startRenderer(entry: string, onGone: (renderer: Renderer) => void): Renderer {
  // No preloads of the server's own (the stack's lifeline): the worker lives and ends with this thread.
  const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { workerData: { entry }, execArgv: [] });
  worker.unref();
  live.add(worker);
  const port = new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { port: number }) => resolve(message.port));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the preview renderer stopped (exit code ${code})`)));
  });
  port.catch(() => undefined);
  const started: Renderer = { entry, worker, port };
  worker.once('error', (error) => console.error(`preview: the renderer of ${entry} failed: ${error.message}`));
  worker.once('exit', () => {
    live.delete(worker);
    onGone(started);
  });
  return started;
}

/**
 * The preview renderers of one route: one worker for the build being served, started at the first
 * preview of that build; serving a newer build ends the older one's worker.
 */
function renderersOf(root: string): () => Promise<number> | null {
  let renderer: Renderer | undefined;
  const forget = (gone: Renderer) => {
    if (renderer === gone) renderer = undefined;
  };
  return () => {
    const entry = path.join(realpathSync(root), PREVIEW_SERVER_DIR, 'entry.mjs');
    if (!existsSync(entry)) return null;
    if (renderer?.entry !== entry) {
      void renderer?.worker.terminate();
      renderer = startRenderer(entry, forget);
    }
    return renderer.port;
  };
}

/** How many preview renderers (worker threads) run now: one per route whose build was previewed. */
export function previewRenderers(): number {
  return live.size;
}

/** Sends the reader's request and the page's locals to the renderer; copies its answer back. */
function render(
  port: number,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  headers: Record<string, string>,
  locals: Record<string, unknown>,
): Promise<void> {
  const body = JSON.stringify(locals);
  return new Promise((resolve, reject) => {
    const forwarded = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: request.url,
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
      },
      (answer) => {
        // The renderer's own headers, then the preview's (no-store, noindex, the framing policy).
        const merged: http.OutgoingHttpHeaders = { ...answer.headers, ...headers };
        for (const name of ['x-frame-options', 'connection', 'keep-alive', 'transfer-encoding']) delete merged[name];
        response.writeHead(answer.statusCode ?? 502, merged);
        answer.pipe(response);
        answer.once('end', resolve);
        answer.once('error', reject);
      },
    );
    forwarded.once('error', reject);
    forwarded.end(body);
  });
}

/** The route for createStaticServer's `routes`, at PREVIEW_PATH. */
export function previewRoute(options: PreviewRouteOptions) {
  const run = handle(options);
  return (request: http.IncomingMessage, response: http.ServerResponse): void => {
    run(request, response).catch((error: unknown) => {
      console.error(`preview: ${request.url?.split('?')[0]}: ${(error as Error).message}`);
      if (!response.headersSent) plain(response, 500, 'Förhandsvisningen kunde inte visas.');
      else response.end();
    });
  };
}

function handle(options: PreviewRouteOptions) {
  const rendererOf = renderersOf(options.root);
  return async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', ...PRIVATE_HEADERS }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const verified = verifyPreviewQuery({ secret: options.secret, query: url.searchParams });
    if (!verified.ok) {
      plain(
        response,
        401,
        verified.reason === 'expired'
          ? 'Förhandsvisningslänken har gått ut. Öppna förhandsvisningen igen från redigeringsvyn. (The preview link has expired.)'
          : 'Förhandsvisningen kräver en giltig länk från redigeringsvyn. (The preview needs a valid link from the edit view.)',
      );
      return;
    }
    let port: Promise<number> | null;
    try {
      port = rendererOf();
    } catch {
      port = null;
    }
    if (!port) {
      plain(response, 503, 'Webbplatsen byggs. Försök igen om en stund.');
      return;
    }
    let answer: Response;
    try {
      answer = await fetch(`${options.cmsUrl}/api/preview/document${url.search}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch {
      plain(response, 502, 'CMS:et svarar inte. Försök igen om en stund.');
      return;
    }
    if (answer.status === 401) {
      plain(response, 401, 'Förhandsvisningen kräver en giltig länk från redigeringsvyn.');
      return;
    }
    if (answer.status === 404) {
      plain(response, 404, 'Den här posten har ingen förhandsvisning. (This entry has no preview.)');
      return;
    }
    if (!answer.ok) {
      plain(response, 502, `CMS:et svarade ${answer.status}. Försök igen om en stund.`);
      return;
    }
    const body = (await answer.json().catch(() => null)) as { data?: unknown } | null;
    const { link } = verified;
    await render(await port, request, response, previewHeaders(options.root, options.adminOrigin), {
      preview: { type: link.type, locale: link.locale, status: link.status, document: body?.data ?? null },
    });
  };
}
