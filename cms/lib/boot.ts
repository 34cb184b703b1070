// Boots the CMS in this process without the admin panel build: for the seed, the tests and tools.
// Strapi's ESM entry cannot be imported by Node (it imports lodash/fp as a directory), so it is required.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '@strapi/strapi';

const require = createRequire(import.meta.url);
const strapiModule: typeof import('@strapi/strapi') = require('@strapi/strapi');

/** The folder of the Strapi app. */
export const CMS_DIR = fileURLToPath(new URL('..', import.meta.url));

// What the server's compile reads (tsconfig.json's include, less its excludes): the admin panel and
// the local plugins are built by `strapi build`, the scripts, seed and tools run from source.
const COMPILED_DIRS = ['config', 'src', 'database', 'types'];
const NOT_COMPILED = new Set(['src/admin', 'src/plugins']);
const COMPILED_FILES = ['tsconfig.json', 'package.json'];

/** A digest of every compiled source's path, size and modification time. */
function sourceState(): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const { size, mtimeMs } = statSync(path.join(CMS_DIR, relative));
    hash.update(`${relative}\0${size}\0${mtimeMs}\n`);
  };
  for (const file of COMPILED_FILES) add(file);
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(CMS_DIR, relative), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!NOT_COMPILED.has(child)) walk(child);
      } else if (entry.isFile()) add(child);
    }
  };
  for (const dir of COMPILED_DIRS) if (existsSync(path.join(CMS_DIR, dir))) walk(dir);
  return hash.digest('hex');
}

/**
 * Compiles the CMS's TypeScript into dist/, unless nothing it compiles changed since the last compile
 * (dist/.compiled holds the sources' digest). TypeScript's emit rewrites every file of dist/src, so
 * skipping it also keeps a CMS that boots beside another (the tests run two at a time) from reading a
 * file while it is rewritten.
 */
export async function compileCms(): Promise<{ appDir: string; distDir: string }> {
  const distDir = `${CMS_DIR}dist`;
  const stamp = path.join(distDir, '.compiled');
  const state = sourceState();
  if (existsSync(path.join(distDir, 'src')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === state) {
    return { appDir: CMS_DIR, distDir };
  }
  const compiled = await strapiModule.compileStrapi({ appDir: CMS_DIR });
  writeFileSync(stamp, state);
  return { appDir: CMS_DIR, distDir: compiled.distDir ?? distDir };
}

/**
 * Loads the CMS (registers, bootstraps, runs migrations) and, with `listen`, starts its HTTP server;
 * with `serveAdmin`, it serves the admin panel built in dist/build.
 * Settings come from process.env, as they do for `strapi start`.
 */
export async function loadCms(
  options: { listen?: boolean; compile?: boolean; serveAdmin?: boolean } = {},
): Promise<Core.Strapi> {
  const { appDir, distDir } =
    options.compile === false ? { appDir: CMS_DIR, distDir: `${CMS_DIR}dist` } : await compileCms();
  // The admin panel (and its login sessions) only for the browser tests, which build it first.
  const serveAdminPanel = options.serveAdmin === true;
  const app = strapiModule.createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel });
  if (options.listen) await app.start();
  else await app.load();
  return app;
}
