// The preview route `/forhandsvisning/` of the stack's site server. It checks the link's signature
// (401 for a wrong, tampered or expired one), reads that version of the entry from the CMS by
// forwarding the same signed query (the CMS checks it again; no token is needed, and the browser
// never talks to the CMS for it), and has the current build's server-rendered preview page
// (site/src/preview/PreviewPage.astro, the entry pages' own component) render it. Every answer is
// `no-store` and `noindex`; the page may be framed by the CMS's admin, which shows it beside the edit
// view, and by nothing else.
import { existsSync, realpathSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

type AstroHandler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: (error?: unknown) => void,
  locals: Record<string, unknown>,
) => Promise<void>;

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

const handlers = new Map<string, Promise<AstroHandler>>();
/** The preview handler of the build at `root`, loaded once per build. */
function handlerOf(root: string): Promise<AstroHandler> | null {
  const entry = path.join(realpathSync(root), PREVIEW_SERVER_DIR, 'entry.mjs');
  if (!existsSync(entry)) return null;
  let handler = handlers.get(entry);
  if (!handler) {
    handler = import(pathToFileURL(entry).href).then(
      (module: { handler: AstroHandler }) => module.handler,
      (error: unknown) => {
        handlers.delete(entry);
        throw error;
      },
    );
    handlers.set(entry, handler);
  }
  return handler;
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
    let handler: Promise<AstroHandler> | null;
    try {
      handler = handlerOf(options.root);
    } catch {
      handler = null;
    }
    if (!handler) {
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
    for (const [name, value] of Object.entries(previewHeaders(options.root, options.adminOrigin))) {
      response.setHeader(name, value);
    }
    const render = await handler;
    await render(
      request,
      response,
      () => {
        if (!response.headersSent) plain(response, 404, 'Sidan finns inte.');
      },
      { preview: { type: link.type, locale: link.locale, status: link.status, document: body?.data ?? null } },
    );
  };
}
