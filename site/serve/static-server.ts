// Serves a built site the way a static host does: index.html for folders, 404.html with status 404,
// nothing outside the site's folder. The root is resolved per request, so when it is a link (the
// stack's `current`) a new build is served from the moment the link is switched. Used by the stack
// (`npm start`) and by the tests that serve a build.
//
// Speed: the build writes brotli and gzip copies beside each text file (src/integrations/compress.ts);
// this server picks one from Accept-Encoding and never compresses on the fly. Hashed assets under
// /_astro/ are cached for a year (immutable), HTML is revalidated each time (ETag, Last-Modified, 304),
// everything else for five minutes.
import { createReadStream, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
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
/** Where a build keeps its manifest for the next partial build (src/integrations/partial.ts): never served. */
const BUILD_INFO_DIR = '_build';

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

/** A coding the build may have written beside a file, in the order the server prefers them. */
const CODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Coding = (typeof CODINGS)[number]['name'] | 'identity';

/**
 * The codings `Accept-Encoding` allows, with their weights (RFC 9110 §12.5.3): `*` stands for any
 * coding not named; identity is acceptable unless refused by name (`identity;q=0`) or by `*;q=0`.
 * Without the header any coding is allowed, but a client that says nothing may not decode one: it
 * gets identity.
 */
export function acceptedCodings(header: string | undefined): Map<Coding, number> {
  const weights = new Map<Coding, number>();
  if (header === undefined) {
    weights.set('identity', 1);
    return weights;
  }
  const named = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().split(';');
    const name = token?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((x) => x.trim().toLowerCase());
      if (key === 'q') q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value ?? '') ? Number(value) : 0;
    }
    // x-gzip is gzip (RFC 9110 §8.4.1.3).
    named.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  const any = named.get('*');
  for (const coding of ['br', 'gzip'] as const) {
    const q = named.get(coding) ?? any ?? 0;
    if (q > 0) weights.set(coding, q);
  }
  // Identity not named is a fallback only: a client that names a coding, at any weight, gets it.
  const identity = named.get('identity') ?? (any === 0 ? 0 : 0.0001);
  if (identity > 0) weights.set('identity', identity);
  return weights;
}

/** The highest-weighted coding among those available, ties going to br, then gzip, then identity. */
export function chooseCoding(header: string | undefined, available: readonly Coding[]): Coding | null {
  const weights = acceptedCodings(header);
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of ['br', 'gzip', 'identity'] as const) {
    const q = weights.get(coding) ?? 0;
    if (available.includes(coding) && q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/** Hashed assets for ever, HTML revalidated on every use, feeds and data files for five minutes. */
function cacheControl(urlPath: string, type: string, status: number): string {
  if (status !== 200 || type.startsWith('text/html')) return 'no-cache';
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300';
}

function statFile(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** A `.br`/`.gz` the build wrote beside a file (a `.gz` the site publishes as such is served). */
function isCompressedCopy(file: string): boolean {
  return /\.(?:br|gz)$/.test(file) && statFile(file.replace(/\.(?:br|gz)$/, '')) !== null;
}

/** `If-None-Match` (weak comparison, `*`), else `If-Modified-Since` at one-second precision. */
function notModified(request: http.IncomingMessage, etag: string, modified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) <= Math.floor(since / 1000);
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
    // The headers file, the preview's server code and the build's manifest are for the server, not
    // for readers; the compressed copies are reached through Accept-Encoding, never by their own names.
    if (file && (path.basename(file) === '_headers' || isCompressedCopy(file))) file = null;
    const top = file ? path.relative(realpathSync(options.root), file).split(path.sep)[0] : undefined;
    if (top === PREVIEW_SERVER_DIR || top === BUILD_INFO_DIR) file = null;
    if (!file) {
      status = 404;
      try {
        file = fileFor(options.root, '/404.html');
      } catch {
        file = null;
      }
    }
    const plain = file ? statFile(file) : null;
    if (!file || !plain) {
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
    // The codings the build wrote for this file (never made here), and the one the client prefers.
    const variants = new Map<Coding, { file: string; stats: Stats }>([['identity', { file, stats: plain }]]);
    for (const coding of CODINGS) {
      const stats = statFile(file + coding.suffix);
      if (stats) variants.set(coding.name, { file: file + coding.suffix, stats });
    }
    const vary = variants.size > 1 ? { vary: 'Accept-Encoding' } : {};
    const coding = chooseCoding(request.headers['accept-encoding'], [...variants.keys()]);
    if (!coding) {
      response
        .writeHead(406, { ...headers, ...vary, 'content-type': 'text/plain; charset=utf-8' })
        .end('Ingen kodning som klienten godtar finns för den här filen (Accept-Encoding).\n');
      return;
    }
    const chosen = variants.get(coding) as { file: string; stats: Stats };
    // One tag per body: a cache never takes a gzip body for the brotli one.
    const etag = `"${chosen.stats.size.toString(36)}-${Math.floor(chosen.stats.mtimeMs).toString(36)}${coding === 'identity' ? '' : `-${coding}`}"`;
    const validators = { etag, 'last-modified': plain.mtime.toUTCString() };
    const common = { ...headers, ...vary, 'cache-control': cacheControl(url.pathname, type, status) };
    if (status === 200 && notModified(request, etag, plain.mtime)) {
      response.writeHead(304, { ...common, ...validators }).end();
      return;
    }
    response.writeHead(status, {
      ...common,
      ...(status === 200 ? validators : {}),
      'content-type': type,
      'content-length': String(chosen.stats.size),
      ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(chosen.file).pipe(response);
  });
}
