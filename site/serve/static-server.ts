// Serves a built site the way a static host does: index.html for folders, 404.html with status 404,
// nothing outside the site's folder. The root is resolved per request, so when it is a link (the
// stack's `current`) a new build is served from the moment the link is switched. Used by the stack
// (`npm start`) and by the tests that serve a build.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServerOptions {
  /** The `current` link (or any folder) to serve. */
  root: string;
  /** Redirect a folder asked for without its trailing slash to the address with it (301), as static hosts do. */
  redirectFolders?: boolean;
  /** Extra routes answered before files, e.g. the stack's status. */
  routes?: Record<string, (request: http.IncomingMessage, response: http.ServerResponse) => void>;
}

/** Where a build for the stack keeps the preview route's server code (astro.config.mjs): never served. */
export const PREVIEW_SERVER_DIR = '_preview-server';

/** Sent with every answer, whatever the build wrote. */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
/** The policy when a build has no `_headers` (nothing inline may run, nothing may frame the site). */
const FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/**
 * The `/*` headers of the build's `_headers` file (the format of Netlify and Cloudflare Pages, which
 * the site's build writes with its Content-Security-Policy), read again when the build changes.
 */
const headersCache = new Map<string, { mtimeMs: number; headers: Record<string, string> }>();
export function siteHeaders(root: string): Record<string, string> {
  const file = path.join(realpathSync(root), '_headers');
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return { ...BASE_HEADERS, 'content-security-policy': FALLBACK_POLICY };
  }
  const cached = headersCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.headers;
  const headers: Record<string, string> = { ...BASE_HEADERS, 'content-security-policy': FALLBACK_POLICY };
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  headersCache.clear();
  headersCache.set(file, { mtimeMs, headers });
  return headers;
}

function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = realpathSync(root);
  const resolved = path.resolve(base, `.${path.posix.normalize(decoded)}`);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) return null;
  for (const candidate of [resolved, path.join(resolved, 'index.html'), `${resolved}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}

export function createStaticServer(options: StaticServerOptions): http.Server {
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) return route(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file: string | null;
    try {
      file = fileFor(options.root, url.pathname);
    } catch {
      response
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Webbplatsen byggs. Försök igen om en stund.\n');
      return;
    }
    if (options.redirectFolders && file?.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    // The headers file and the preview's server code are for the server, not for readers.
    if (file && path.basename(file) === '_headers') file = null;
    if (file && path.relative(realpathSync(options.root), file).split(path.sep)[0] === PREVIEW_SERVER_DIR) file = null;
    if (!file) {
      status = 404;
      try {
        file = fileFor(options.root, '/404.html');
      } catch {
        file = null;
      }
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Sidan finns inte.\n');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    let headers: Record<string, string>;
    try {
      headers = siteHeaders(options.root);
    } catch {
      headers = { ...BASE_HEADERS, 'content-security-policy': FALLBACK_POLICY };
    }
    response.writeHead(status, {
      ...headers,
      'content-type': type,
      'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=300',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
}
