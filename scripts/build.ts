// `npm run build [-- --cms-only | --site-only]`: what a deployment needs. The CMS: its server code
// compiled and its admin panel built (NODE_ENV=production), ready for `npm run start -w cms`. The
// site: built from the CMS at CMS_URL into site/dist (SITE_OUT_DIR), with the search-only key, ready
// for any static host. Settings come from the environment, then .env (ENV_PATH).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describeError, ensureSearchKey, loadConfig, loadEnvFile } from '@skb/search-indexer';
import { commandLine, UsageError } from './command-line.ts';
import { REPO_ROOT } from './stack/config.ts';

const only = commandLine(
  {
    usage: 'Användning / usage: npm run build [-- --cms-only | --site-only]',
    options: { 'cms-only': { type: 'boolean' }, 'site-only': { type: 'boolean' } },
  },
  ({ values }) => {
    if (values['cms-only'] && values['site-only']) {
      throw new UsageError('--cms-only eller --site-only, inte båda / --cms-only or --site-only, not both');
    }
    return values['cms-only'] ? '--cms-only' : values['site-only'] ? '--site-only' : undefined;
  },
);
loadEnvFile();

function run(what: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`▸ ${what}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code})`))));
  });
}

/** The key the browser gets: PUBLIC_MEILI_SEARCH_KEY, else the search-only key made with the master key. */
async function publicSearchKey(): Promise<string> {
  if (process.env.PUBLIC_MEILI_SEARCH_KEY) return process.env.PUBLIC_MEILI_SEARCH_KEY;
  if (!process.env.MEILI_MASTER_KEY) {
    throw new Error(
      'the site needs a search-only key: set PUBLIC_MEILI_SEARCH_KEY, or MEILI_HOST and MEILI_MASTER_KEY so the build can make one',
    );
  }
  return (await ensureSearchKey({ config: loadConfig(process.env) })).key;
}

try {
  if (only !== '--site-only') {
    const strapi = path.join(
      path.dirname(
        createRequire(import.meta.url).resolve('@strapi/strapi/package.json', { paths: [path.join(REPO_ROOT, 'cms')] }),
      ),
      'bin',
      'strapi.js',
    );
    await run(
      'CMS: compile and build the admin panel',
      process.execPath,
      [strapi, 'build'],
      path.join(REPO_ROOT, 'cms'),
      {
        ...process.env,
        NODE_ENV: 'production',
      },
    );
  }
  if (only !== '--cms-only') {
    const key = await publicSearchKey();
    await run(
      `site: build from the CMS at ${process.env.CMS_URL || 'http://127.0.0.1:1337'}`,
      process.execPath,
      [path.join(REPO_ROOT, 'site', 'scripts', 'build.ts')],
      path.join(REPO_ROOT, 'site'),
      {
        ...process.env,
        PUBLIC_MEILI_SEARCH_KEY: key,
        MEILI_MASTER_KEY: '',
        SEARCH_WEBHOOK_SECRET: '',
        REINDEX_WEBHOOK_SECRET: '',
        SITE_REBUILD_SECRET: '',
      },
    );
  }
  console.log('build: done');
} catch (error) {
  console.error(`build failed: ${describeError(error)}`);
  process.exit(1);
}
