// Measures how long the CMS takes from process start to answering /_health, on SQLite and on
// PostgreSQL: a first boot on an empty database (schema, migrations, bootstrap) and a second boot on
// the same database. `node scripts/bench/cms-boot.ts [--runs 3]`; prints a table and writes
// bench-results/cms-boot.json. PostgreSQL from BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { commandLine, wholeNumberOption } from '../command-line.ts';
import { generatedDefaults } from '../stack/env-file.ts';
import { isPortFree } from '../stack/ports.ts';
import { waitForHttp } from '../stack/wait.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = commandLine(
  { usage: 'Användning / usage: npm run bench:cms [-- --runs N]', options: { runs: { type: 'string' } } },
  ({ values }) => wholeNumberOption('runs', values.runs, 3),
);
const pgUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function port(): Promise<number> {
  for (let candidate = 41_337; ; candidate++) if (await isPortFree(candidate)) return candidate;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function bootOnce(env: NodeJS.ProcessEnv): Promise<number> {
  const cmsPort = await port();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', '--no-compile'], {
    cwd: path.join(root, 'cms'),
    env: { ...process.env, ...env, CMS_PORT: String(cmsPort), CMS_LOG_LEVEL: 'error', CMS_STARTUP_LOG: 'false' },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, {
      timeoutMs: 120_000,
      intervalMs: 50,
      abort: exited,
      what: 'CMS',
    });
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

// Compile once, so that each boot measures Strapi and not TypeScript.
await new Promise((resolve, reject) =>
  spawn('npx', ['tsc', '-p', '.'], { cwd: path.join(root, 'cms'), stdio: 'inherit' }).on('exit', (code) =>
    code === 0 ? resolve(code) : reject(new Error(`tsc -p cms failed with ${code}`)),
  ),
);

/** The secrets npm start generates, without the local admin (creating one is not what is measured). */
function cmsSecrets(): NodeJS.ProcessEnv {
  const { STRAPI_ADMIN_EMAIL: _email, STRAPI_ADMIN_PASSWORD: _password, ...secrets } = generatedDefaults();
  return secrets;
}

const results: { database: string; run: number; firstBootMs: number; secondBootMs: number }[] = [];
for (const database of ['sqlite', 'postgres'] as const) {
  for (let run = 1; run <= runs; run++) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'skb-bench-cms-'));
    const dbName = `skb_bench_${randomBytes(4).toString('hex')}`;
    const env: NodeJS.ProcessEnv = {
      ENV_PATH: path.join(dataDir, 'none.env'),
      DATA_DIR: dataDir,
      ...cmsSecrets(),
      DATABASE_CLIENT: database,
    };
    if (database === 'postgres') {
      await admin(`CREATE DATABASE "${dbName}"`);
      const url = new URL(pgUrl);
      url.pathname = `/${dbName}`;
      env.DATABASE_URL = url.toString();
    }
    try {
      const firstBootMs = await bootOnce(env);
      const secondBootMs = await bootOnce(env);
      results.push({ database, run, firstBootMs, secondBootMs });
      console.log(
        `${database} run ${run}: first boot ${(firstBootMs / 1000).toFixed(1)} s, second ${(secondBootMs / 1000).toFixed(1)} s`,
      );
    } finally {
      if (database === 'postgres') await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('\n| database | first boot (median) | second boot (median) | runs |\n|---|---|---|---|');
const summary = (['sqlite', 'postgres'] as const).map((database) => {
  const rows = results.filter((r) => r.database === database);
  const first = median(rows.map((r) => r.firstBootMs));
  const second = median(rows.map((r) => r.secondBootMs));
  console.log(`| ${database} | ${(first / 1000).toFixed(1)} s | ${(second / 1000).toFixed(1)} s | ${rows.length} |`);
  return { database, firstBootMedianMs: Math.round(first), secondBootMedianMs: Math.round(second), runs: rows.length };
});
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench-results', 'cms-boot.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, summary, results }, null, 2)}\n`,
);
console.log('\nwritten to bench-results/cms-boot.json');
