// The public site for tests: built from a running CMS into a temporary folder (through the site's
// own build script, in a child process, as in production) and served by the site's static server
// the way a static host serves it (directory index, 404.html for anything missing).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PREVIEW_PATH } from '@skb/content-types/preview-link';
import { REPO_ROOT } from '@skb/search-indexer';
import { type PreviewRouteOptions, previewRoute } from '@skb/site/preview-server';
import { createStaticServer } from '@skb/site/static-server';
import { freePort } from './ports.ts';

const BUILD_SCRIPT = path.join(REPO_ROOT, 'site/scripts/build.ts');
const WITH_NODE22 = path.join(REPO_ROOT, 'scripts/with-node22');

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
    cwd: path.join(REPO_ROOT, 'site'),
    env: {
      ...process.env,
      // Vitest sets NODE_ENV=test, which would give the islands their libraries' development builds
      // (larger, with checks and warnings): the site is built as in production.
      NODE_ENV: 'production',
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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on a free port of 127.0.0.1 (or `port`), with the site's own static server, as a
 * static host would; with `preview`, also the preview route, as the stack serves it.
 */
export async function serveStatic(
  dir: string,
  options: { port?: number; preview?: Omit<PreviewRouteOptions, 'root'> } = {},
): Promise<StaticServer> {
  const port = options.port ?? (await freePort());
  const root = path.resolve(dir);
  const server = createStaticServer({
    root,
    redirectFolders: true,
    routes: options.preview ? { [PREVIEW_PATH]: previewRoute({ root, ...options.preview }) } : undefined,
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
