// Measures how long the CMS takes to start as npm start starts it (scripts/stack/cms.ts: `strapi start`
// in cms/, production mode, the admin panel served, the local admin created on the first boot), on
// SQLite and on PostgreSQL: a first boot on an empty database (schema, migrations, bootstrap) and a
// next boot on the same database. The clock runs from the spawn to the first answer of /_health (what
// npm start waits for) and to the first answer of /admin (the panel's page).
// `node scripts/bench/cms-boot.ts [--runs 3]`; prints min / median / max and writes
// bench-results/cms-boot-<date>.json. Compiling and building the admin panel (when not current) come
// first and are not timed, as npm start does them once. PostgreSQL from BENCH_PG_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import { buildAdminPanel } from '../../tests/support/admin.ts';
import { freePort } from '../../tests/support/ports.ts';
import { commandLine, wholeNumberOption } from '../command-line.ts';
import { waitForHttp } from '../stack/wait.ts';
import { type BenchDatabase, cmsBaseEnv, databaseEnv, pgAdmin } from './strapi/corpus-db.ts';

const require = createRequire(import.meta.url);
const CMS_DIR = path.join(REPO_ROOT, 'cms');
const STRAPI_BIN = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [CMS_DIR] })),
  'bin',
  'strapi.js',
);

const runs = commandLine(
  { usage: 'Användning / usage: npm run bench:cms [-- --runs N]', options: { runs: { type: 'string' } } },
  ({ values }) => wholeNumberOption('runs', values.runs, 3),
);

/** One `strapi start`: ms from the spawn to /_health and to /admin answering. */
async function bootOnce(env: NodeJS.ProcessEnv): Promise<{ healthMs: number; adminMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, CMS_HOST: '127.0.0.1', CMS_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const timed = async (pathname: string) => {
    await waitForHttp(`${url}${pathname}`, { timeoutMs: 300_000, intervalMs: 50, abort: exited, what: 'CMS' });
    return performance.now() - started;
  };
  try {
    const [healthMs, adminMs] = await Promise.all([timed('/_health'), timed('/admin')]);
    return { healthMs, adminMs };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${errors}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

console.error('bench-cms: compiling the CMS and building the admin panel when not current (not timed)…');
await new Promise((resolve, reject) =>
  spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'], { cwd: CMS_DIR, stdio: 'inherit' }).on(
    'exit',
    (code) => (code === 0 ? resolve(code) : reject(new Error(`tsc -p cms failed with ${code}`))),
  ),
);
const buildMs = await buildAdminPanel();
if (buildMs > 0) console.error(`bench-cms: admin panel built in ${(buildMs / 1000).toFixed(0)} s`);

const loadAtStart = loadavg();
const results: {
  database: BenchDatabase;
  run: number;
  first: { healthMs: number; adminMs: number };
  next: { healthMs: number; adminMs: number };
}[] = [];
for (const database of ['sqlite', 'postgres'] as const) {
  for (let run = 1; run <= runs; run++) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'skb-bench-cms-'));
    const dbName = `skb_bench_boot_${randomBytes(4).toString('hex')}`;
    if (database === 'postgres') await pgAdmin((client) => client.query(`CREATE DATABASE "${dbName}"`));
    const env = { ...cmsBaseEnv(), ...databaseEnv(database, dataDir, dbName) };
    try {
      const first = await bootOnce(env);
      const next = await bootOnce(env);
      results.push({ database, run, first, next });
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `${database} run ${run}: first boot ${s(first.healthMs)} (/admin ${s(first.adminMs)}), next ${s(next.healthMs)} (/admin ${s(next.adminMs)})`,
      );
    } finally {
      if (database === 'postgres')
        await pgAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
const loadAtEnd = loadavg();

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: Math.round(sorted[0] ?? 0),
    median: Math.round(sorted[Math.floor((sorted.length - 1) / 2)] ?? 0),
    max: Math.round(sorted.at(-1) ?? 0),
  };
};
const seconds = ({ min, median, max }: { min: number; median: number; max: number }) =>
  [min, median, max].map((ms) => (ms / 1000).toFixed(1)).join(' / ');
console.log('\n| database | first boot → /_health | → /admin | next boot → /_health | → /admin | runs |');
console.log('|---|---|---|---|---|---|');
const summary = (['sqlite', 'postgres'] as const).map((database) => {
  const rows = results.filter((r) => r.database === database);
  const figures = {
    firstHealthMs: spread(rows.map((r) => r.first.healthMs)),
    firstAdminMs: spread(rows.map((r) => r.first.adminMs)),
    nextHealthMs: spread(rows.map((r) => r.next.healthMs)),
    nextAdminMs: spread(rows.map((r) => r.next.adminMs)),
  };
  console.log(
    `| ${database} | ${seconds(figures.firstHealthMs)} s | ${seconds(figures.firstAdminMs)} s | ${seconds(figures.nextHealthMs)} s | ${seconds(figures.nextAdminMs)} s | ${rows.length} |`,
  );
  return { database, runs: rows.length, ...figures };
});
console.log(
  `(min / median / max; cores ${cpus().length}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${loadAtEnd.map((l) => l.toFixed(2)).join(' ')} at end)`,
);
const file = path.join(REPO_ROOT, 'bench-results', `cms-boot-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      node: process.version,
      machine: { cpus: cpus().length, loadAtStart, loadAtEnd },
      method:
        'node strapi.js start in cms/ (as scripts/stack/cms.ts), NODE_ENV=production, admin panel served; spawn → first 2xx/3xx of /_health and of /admin',
      summary,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
