// Serves a built site the way a static host does: index.html for folders, 404.html with status 404,
// nothing outside the site's folder. The root is resolved per request, so when it is a link (the
// stack's `current`) a new build is served from the moment the link is switched. Used by the stack
// (`npm start`) and by the tests that serve a build.
import { createReadStream, realpathSync, statSync } from 'node:fs';
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
    response.writeHead(status, {
      'content-type': type,
      'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
}
