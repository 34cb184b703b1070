// Boots the CMS in this process without the admin panel build: for the seed, the tests and tools.
// Strapi's ESM entry cannot be imported by Node (it imports lodash/fp as a directory), so it is required.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Core } from '@strapi/strapi';

const require = createRequire(import.meta.url);
const strapiModule: typeof import('@strapi/strapi') = require('@strapi/strapi');

/** The folder of the Strapi app. */
export const CMS_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Compiles the CMS's TypeScript into dist/ (incremental; a second call is quick). */
export async function compileCms(): Promise<{ appDir: string; distDir: string }> {
  const { distDir } = await strapiModule.compileStrapi({ appDir: CMS_DIR });
  return { appDir: CMS_DIR, distDir: distDir ?? `${CMS_DIR}dist` };
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
