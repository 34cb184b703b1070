// `npm start`: the whole bank on embedded defaults, then a box of URLs. Ctrl-C (or SIGTERM) stops
// every process it started. Each component's log is in DATA_DIR/logs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { nextDate, startOfStockholmDay, stockholmDate } from '@skb/content-types';
import { createStaticServer } from '@skb/site/static-server';
import { prepareCms, startCms } from './cms.ts';
import { REPO_ROOT, stackConfig } from './config.ts';
import { controlRoutes } from './control.ts';
import { ensureEnvFile } from './env-file.ts';
import { assertPortsFree, type WantedPort } from './ports.ts';
import { type Child, lastLines, ProcessGroup } from './processes.ts';
import { reindex, searchOnlyKey, startIndexer, startMeilisearch } from './search.ts';
import { siteBuild, siteBuildEnv } from './site.ts';
import { SiteBuilder } from './site-builder.ts';

const started = Date.now();
const log = (line: string) => console.log(`▸ ${line}`);

// ENV_PATH moves the .env (tests run the stack on their own); relative paths from the repository's root.
const envFile = path.resolve(REPO_ROOT, process.env.ENV_PATH || '.env');
const { values: fileValues, added } = ensureEnvFile(envFile);
// The environment wins over .env, as it does for Strapi.
const baseEnv: NodeJS.ProcessEnv = { ...fileValues, ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
const config = stackConfig(baseEnv);
baseEnv.ENV_PATH = envFile;
baseEnv.DATA_DIR = config.dataDir;
if (added.length > 0) log(`${path.relative(REPO_ROOT, envFile) || envFile}: added ${added.join(', ')}`);

const siteRebuildSecret = baseEnv.SITE_REBUILD_SECRET ?? '';
/** What the CMS, the indexer and the reindex see: where everything is. */
const env: NodeJS.ProcessEnv = {
  ...baseEnv,
  CMS_URL: config.cms.url,
  MEILI_HOST: config.meili.url,
  INDEXER_PORT: String(config.indexer.port),
  SEARCH_WEBHOOK_URL: baseEnv.SEARCH_WEBHOOK_URL || `${config.indexer.url}/webhook`,
  SITE_REBUILD_URL: baseEnv.SITE_REBUILD_URL || `${config.site.url}/_stack/rebuild`,
};
/** The local Meilisearch must not see MEILI_HOST, or it would take itself for an external one. */
const meiliEnv: NodeJS.ProcessEnv = { ...baseEnv };
if (!config.meili.external) delete meiliEnv.MEILI_HOST;

const group = new ProcessGroup(config.logDir);
let server: Server | undefined;
let builder: SiteBuilder | undefined;
let stopping = false;

async function shutdown(code: number, reason?: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (reason) console.error(`\n✖ ${reason}\n`);
    log('stopping…');
    builder?.stop();
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await group.stopAll();
    log(code === 0 ? 'stopped; nothing it started is left running' : 'stopped');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** A component that dies while the stack runs stops the stack, with its last log lines. */
function watch(child: Child | null): void {
  if (!child) return;
  void child.exited.then(({ code, signal }) => {
    if (stopping || child.stopping) return;
    void shutdown(
      1,
      `${child.name} stopped unexpectedly (${signal ?? `exit ${code}`}); last lines of ${child.logFile}:\n${lastLines(child.logFile)}`,
    );
  });
}

function printBox(lines: string[]): void {
  const width = Math.max(...lines.map((line) => line.length));
  console.log(`\n┌${'─'.repeat(width + 2)}┐`);
  for (const line of lines) console.log(`│ ${line.padEnd(width)} │`);
  console.log(`└${'─'.repeat(width + 2)}┘\n`);
}

try {
  const wanted: WantedPort[] = [
    { name: 'CMS', port: config.cms.port, variable: 'CMS_PORT' },
    { name: 'site', port: config.site.port, variable: 'SITE_PORT' },
    { name: 'search indexer', port: config.indexer.port, variable: 'INDEXER_PORT' },
  ];
  if (!config.meili.external) wanted.push({ name: 'Meilisearch', port: config.meili.port, variable: 'MEILI_PORT' });
  await assertPortsFree(wanted);
  mkdirSync(config.dataDir, { recursive: true });

  log(config.meili.external ? `search: using Meilisearch at ${config.meili.url}` : 'search: starting Meilisearch…');
  watch(await startMeilisearch({ config, group, env: meiliEnv }));

  await prepareCms({ config, group, env, log });
  log('cms: starting…');
  watch(await startCms({ config, group, env, log }));

  log('search: starting the indexer…');
  watch(await startIndexer({ config, group, env }));
  log('search: full reindex…');
  await reindex({ config, group, env });
  const searchKey = await searchOnlyKey(env);

  builder = new SiteBuilder({
    siteDir: config.siteDir,
    debounceMs: config.site.rebuildDebounceMs,
    log,
    build: siteBuild({ config, group, env: siteBuildEnv(config, env, searchKey) }),
  });
  const siteBuilder = builder;
  server = createStaticServer({
    root: siteBuilder.linkPath,
    routes: controlRoutes({
      builder: siteBuilder,
      secret: siteRebuildSecret,
      status: () => ({ startedAt: new Date(started).toISOString(), pid: process.pid }),
    }),
  });
  await new Promise<void>((resolve, reject) => {
    server?.once('error', reject);
    server?.listen(config.site.port, config.site.host, resolve);
  });
  if (siteBuilder.currentDir && existsSync(siteBuilder.currentDir)) {
    log('site: serving the last build, rebuilding in the background');
    siteBuilder.request('start');
  } else {
    log('site: building…');
    const first = await siteBuilder.buildNow('first start');
    if (!first.ok) throw new Error(`the site could not be built: ${first.error}`);
  }

  // Funding-call statuses and "days left" are computed when the site is built: rebuild when a new
  // day begins in Stockholm, even if nobody publishes anything.
  const scheduleNightly = () => {
    const midnight = startOfStockholmDay(nextDate(stockholmDate(new Date()))).getTime();
    setTimeout(
      () => {
        siteBuilder.request('a new day');
        scheduleNightly();
      },
      midnight - Date.now() + 60_000,
    ).unref();
  };
  scheduleNightly();

  writeFileSync(
    path.join(config.dataDir, 'stack.json'),
    `${JSON.stringify(
      {
        pid: process.pid,
        startedAt: new Date(started).toISOString(),
        cms: config.cms.url,
        search: config.meili.url,
        indexer: config.indexer.url,
        site: config.site.url,
      },
      null,
      2,
    )}\n`,
  );

  printBox([
    `Servicekunskapsbanken is up (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    '',
    `Site     ${config.site.url}/`,
    `Admin    ${config.cms.url}/admin`,
    `  e-mail   ${env.STRAPI_ADMIN_EMAIL ?? ''}`,
    `  password ${env.STRAPI_ADMIN_PASSWORD ?? ''}  (kept in .env)`,
    `Search   ${config.indexer.url}/status  (Meilisearch ${config.meili.url})`,
    `Status   npm run status`,
    '',
    `Logs     ${config.logDir.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, config.logDir) : config.logDir}/`,
    'Stop     Ctrl-C',
  ]);
} catch (error) {
  await shutdown(1, error instanceof Error ? error.message : String(error));
}
