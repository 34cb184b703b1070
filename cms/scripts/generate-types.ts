// `npm run types [-- --out-dir DIR]`: writes Strapi's types of this app's content types and
// components (`strapi ts:generate-types`) into cms/types/generated/ (committed), or into DIR/generated/.
// Unlike the Strapi command it needs no .env: registering the app reads the configuration, which
// demands secrets, and these throwaway ones are never used for anything (nothing is stored or served).
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CMS_DIR, compileCms } from '../lib/boot.ts';
import { freshStrapiSecrets } from '../lib/strapi-secrets.ts';

const require = createRequire(import.meta.url);
const tsUtils: typeof import('@strapi/typescript-utils') = require('@strapi/typescript-utils');
const strapiModule: typeof import('@strapi/strapi') = require('@strapi/strapi');

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = path.resolve(values['out-dir'] ?? path.join(CMS_DIR, 'types'));

const dataDir = await mkdtemp(path.join(tmpdir(), 'skb-types-'));
Object.assign(process.env, {
  ENV_PATH: path.join(dataDir, 'no.env'),
  ...freshStrapiSecrets(),
  DATA_DIR: dataDir,
  DATABASE_CLIENT: 'sqlite',
  CMS_LOG_LEVEL: 'error',
  CMS_STARTUP_LOG: 'false',
});
try {
  const { appDir, distDir } = await compileCms();
  const app = await strapiModule.createStrapi({ appDir, distDir, autoReload: false }).register();
  // Strapi's generator logs its errors and returns what it managed; a missing artifact is a failure.
  const reports = await tsUtils.generators.generate({
    strapi: app,
    pwd: appDir,
    rootDir: path.relative(appDir, outDir),
    logger: { silent: true },
    artifacts: { contentTypes: true, components: true },
  });
  await app.destroy();
  const missing = ['contentTypes', 'components'].filter((artifact) => !(artifact in reports));
  if (missing.length > 0) throw new Error(`Strapi generated no types for ${missing.join(', ')}`);
  console.log(`types: ${path.relative(process.cwd(), path.join(outDir, 'generated'))}/{contentTypes,components}.d.ts`);
} catch (error) {
  console.error(`types: generation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
