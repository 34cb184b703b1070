// `npm start`: the whole bank on embedded defaults, then a box of URLs. Ctrl-C (or SIGTERM, or a
// closed terminal) stops every process it started; if this process itself is killed, they notice
// and stop on their own (lifeline.ts), and the next start stops whatever did not. Each component's
// log is in DATA_DIR/logs, rotated by size; everything it writes is readable by its owner only.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { nextDate, startOfStockholmDay, stockholmDate } from '@skb/content-types';
import { PREVIEW_PATH } from '@skb/content-types/preview-link';
import { describeError, envFilePath, envWithFile } from '@skb/search-indexer';
import { previewRoute } from '@skb/site/preview-server';
import { createStaticServer } from '@skb/site/static-server';
import { childEnv, settingNames } from './child-env.ts';
import { prepareCms, startCms } from './cms.ts';
import { REPO_ROOT, stackConfig } from './config.ts';
import { controlRoutes } from './control.ts';
import { ensureEnvFile, maskSecret } from './env-file.ts';
import { assertPortsFree, type WantedPort } from './ports.ts';
import { alreadyRunningMessage, cleanedUpMessage, previousRun } from './previous-run.ts';
import { PRIVATE_DIR, tightenTree } from './private-files.ts';
import { identify, stopProcesses } from './proc.ts';
import { type Child, lastLines, ProcessGroup } from './processes.ts';
import { type RunRecord, writeRunRecord } from './run-record.ts';
import { reindex, searchOnlyKey, startIndexer, startMeilisearch } from './search.ts';
import { siteBuildEnv, siteRenderer } from './site.ts';
import { SiteBuilder } from './site-builder.ts';

// Whatever the stack and its children create (the SQLite file, uploads, logs, builds) is owner-only.
process.umask(0o077);
const started = Date.now();
const log = (line: string) => console.log(`▸ ${line}`);

// ENV_PATH moves the .env (tests run the stack on their own); relative paths from the repository's root.
const envFile = envFilePath();
// Read, not yet written: a start that finds the bank already running changes nothing.
const dataDir = stackConfig(envWithFile()).dataDir;
const previous = previousRun(dataDir);
if (previous.state === 'running') {
  console.error(`\n✖ ${alreadyRunningMessage(previous.record, dataDir)}\n`);
  process.exit(1);
}

const { values: fileValues, added, tightened } = ensureEnvFile(envFile);
// The environment wins over .env, as it does for Strapi.
const baseEnv: NodeJS.ProcessEnv = { ...fileValues, ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
const config = stackConfig(baseEnv);
const envName = path.relative(REPO_ROOT, envFile) || envFile;
if (added.length > 0) log(`${envName}: added ${added.join(', ')}`);
if (tightened) log(`${envName}: was readable by other users; now only by its owner`);

if (previous.state === 'crashed' && previous.leftovers.length > 0) {
  await stopProcesses(previous.leftovers);
  log(cleanedUpMessage(previous.leftovers));
}
mkdirSync(config.dataDir, { recursive: true, mode: PRIVATE_DIR });
const loosened = tightenTree(config.dataDir);
if (loosened > 0) log(`data: ${loosened} files and folders were readable by other users; now only by their owner`);

const runId = randomUUID();
const record: RunRecord = {
  runId,
  supervisor: identify(process.pid) ?? { pid: process.pid, startTime: 0, command: process.argv.join(' ') },
  startedAt: new Date(started).toISOString(),
  children: [],
  urls: { site: config.site.url, cms: config.cms.url, search: config.meili.url, indexer: config.indexer.url },
};
writeRunRecord(config.dataDir, record);

const siteRebuildSecret = baseEnv.SITE_REBUILD_SECRET ?? '';
const previewSecret = baseEnv.PREVIEW_SECRET ?? '';
/** The stack's settings as its children see them: where everything is. */
const settings: NodeJS.ProcessEnv = {
  ...baseEnv,
  DATA_DIR: config.dataDir,
  // Each child gets its settings here, never from .env behind the stack's back (Strapi and the
  // indexer would read every secret in it).
  ENV_PATH: '/dev/null',
  CMS_URL: config.cms.url,
  MEILI_HOST: config.meili.url,
  INDEXER_PORT: String(config.indexer.port),
  SEARCH_WEBHOOK_URL: baseEnv.SEARCH_WEBHOOK_URL || `${config.indexer.url}/webhook`,
  SITE_REBUILD_URL: baseEnv.SITE_REBUILD_URL || `${config.site.url}/_stack/rebuild`,
  // The CMS runs in production mode and then needs the origins whose pages call it: the site's.
  CMS_CORS_ORIGINS: baseEnv.CMS_CORS_ORIGINS || new URL(baseEnv.SITE_URL || config.site.url).origin,
  // The admin's preview opens the site served here, which renders /forhandsvisning/.
  PREVIEW_SITE_URL: baseEnv.PREVIEW_SITE_URL || baseEnv.SITE_URL || config.site.url,
};
const names = settingNames(path.join(REPO_ROOT, '.env.example'));
const envOf = (component: Parameters<typeof childEnv>[0], extra: NodeJS.ProcessEnv = {}) =>
  childEnv(component, { userEnv: process.env, settings: { ...settings, ...extra }, settingNames: names });
const cmsEnv = envOf('cms');
const indexerEnv = envOf('indexer');
/** The local Meilisearch must not see MEILI_HOST, or it would take itself for an external one. */
const meiliEnv = envOf('meilisearch');
if (!config.meili.external) delete meiliEnv.MEILI_HOST;

const group = new ProcessGroup({
  logDir: config.logDir,
  logLimits: config.logs,
  runId,
  onChange: (running) => {
    record.children = running;
    try {
      writeRunRecord(config.dataDir, record);
    } catch (error) {
      // A full disk: the record is for the next start's clean-up; this run goes on without it.
      log(`could not update ${path.join(config.dataDir, 'stack.json')}: ${(error as Error).message}`);
    }
  },
});
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
    // Stopped cleanly: nothing for the next start to clean up.
    record.children = [];
    record.supervisor = { ...record.supervisor, pid: 0 };
    writeRunRecord(config.dataDir, record);
    log(code === 0 ? 'stopped; nothing it started is left running' : 'stopped');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// A closed terminal.
process.on('SIGHUP', () => void shutdown(0));

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

  await prepareCms({ config, group, env: cmsEnv, log });
  log('cms: starting…');
  watch(await startCms({ config, group, env: cmsEnv, log }));

  log('search: starting the indexer…');
  watch(await startIndexer({ config, group, env: indexerEnv }));
  log('search: full reindex…');
  await reindex({ config, group, env: indexerEnv });
  const searchKey = await searchOnlyKey(indexerEnv);

  builder = new SiteBuilder({
    siteDir: config.siteDir,
    debounceMs: config.site.rebuildDebounceMs,
    log,
    build: siteRenderer({ config, group, env: envOf('site-build', siteBuildEnv(config, settings, searchKey)), log })
      .build,
  });
  const siteBuilder = builder;
  server = createStaticServer({
    root: siteBuilder.linkPath,
    routes: {
      ...controlRoutes({
        builder: siteBuilder,
        secret: siteRebuildSecret,
        status: () => ({ startedAt: new Date(started).toISOString(), pid: process.pid }),
      }),
      ...(previewSecret
        ? {
            [PREVIEW_PATH]: previewRoute({
              root: siteBuilder.linkPath,
              cmsUrl: config.cms.url,
              adminOrigin: baseEnv.PUBLIC_CMS_URL || config.cms.url,
              secret: previewSecret,
            }),
          }
        : {}),
    },
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

  record.upAt = new Date().toISOString();
  writeRunRecord(config.dataDir, record);

  printBox([
    `Servicekunskapsbanken is up (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    '',
    `Site     ${config.site.url}/`,
    `Admin    ${config.cms.url}/admin`,
    `  e-mail   ${baseEnv.STRAPI_ADMIN_EMAIL ?? ''}`,
    `  password ${maskSecret(baseEnv.STRAPI_ADMIN_PASSWORD ?? '')}  (${added.includes('STRAPI_ADMIN_PASSWORD') || fileValues.STRAPI_ADMIN_PASSWORD ? `kept in ${envName}` : 'as you set it'})`,
    `Search   ${config.indexer.url}/status  (Meilisearch ${config.meili.url})`,
    `Status   npm run status`,
    '',
    `Logs     ${config.logDir.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, config.logDir) : config.logDir}/`,
    'Stop     Ctrl-C',
  ]);
} catch (error) {
  await shutdown(1, describeError(error));
}
