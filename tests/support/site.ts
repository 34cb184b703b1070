// The public site for tests: built from a running CMS into a temporary folder (through the site's
// own build script, in a child process, as in production) and served by a small static server,
// the way a static host serves it (directory index, 404.html for anything missing).
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_SCRIPT = path.join(ROOT, 'site/scripts/build.ts');
const WITH_NODE22 = path.join(ROOT, 'scripts/with-node22');

export interface SiteBuild {
  /** The folder with the built site. */
  dir: string;
  /** What the build printed. */
  output: string;
  /** The exit code of the build. */
  code: number;
  remove(): Promise<void>;
}

/**
 * Runs the site's build with `env` (CMS_URL, PUBLIC_…) into a new temporary folder, or into
 * `outDir` (to see what a failed build leaves in place).
 */
export async function buildSite(env: Record<string, string>, options: { outDir?: string } = {}): Promise<SiteBuild> {
  const work = await mkdtemp(path.join(tmpdir(), 'skb-site-'));
  const dir = options.outDir ?? path.join(work, 'dist');
  const child = spawn(WITH_NODE22, ['node', BUILD_SCRIPT], {
    cwd: path.join(ROOT, 'site'),
    env: {
      ...process.env,
      SITE_OUT_DIR: dir,
      SITE_CACHE_DIR: path.join(work, 'cache'),
      SITE_BUILD_QUIET: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  return { dir, output, code, remove: () => rm(work, { recursive: true, force: true }) };
}

/** Every file of a built site, as paths relative to `dir` with forward slashes. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function fileAt(dir: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const resolved = path.resolve(dir, `.${decoded}`);
  if (!resolved.startsWith(dir)) return undefined;
  for (const candidate of [resolved, path.join(resolved, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** Serves `dir` on a free port of 127.0.0.1. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const port = await freePort();
  const server: Server = createServer(async (request, response) => {
    const urlPath = request.url ?? '/';
    const [pathname = '/', query] = urlPath.split('?');
    const file = await fileAt(root, pathname);
    // A directory without its trailing slash redirects, as static hosts do.
    if (file?.endsWith(`${path.sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${pathname}/${query === undefined ? '' : `?${query}`}` });
      response.end();
      return;
    }
    const target = file ?? path.join(root, '404.html');
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
