// The synthetic corpus in a real CMS database, for the benchmarks that go through Strapi: loaded once
// per size and database by scripts/bench/load-corpus.ts (the Document Service, in a process of its
// own) and kept — SQLite under bench-results/corpus/, PostgreSQL as database skb_bench_corpus_<N> —
// then copied for each run, so a run's publishes never change the next run's data.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import pg from 'pg';
import { generatedDefaults } from '../../stack/env-file.ts';

export type BenchDatabase = 'sqlite' | 'postgres';

export const BENCH_PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const sqliteDir = (entries: number) => path.join(REPO_ROOT, 'bench-results', 'corpus', `sqlite-${entries}`);
const pgName = (entries: number) => `skb_bench_corpus_${entries}`;

export async function pgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The CMS's settings as npm start gives them: production mode, the site's origin for CORS, and the
 * secrets it generates (without the indexer's and Meilisearch's).
 */
export function cmsBaseEnv(): NodeJS.ProcessEnv {
  // Generated once and kept beside the corpus databases (owner-only, git-ignored): the admin user
  // the first load creates logs in with them in every run on a copy.
  const file = path.join(REPO_ROOT, 'bench-results', 'corpus', 'cms-env.json');
  if (!existsSync(file)) {
    const {
      MEILI_MASTER_KEY: _m,
      REINDEX_WEBHOOK_SECRET: _r,
      SITE_REBUILD_SECRET: _s,
      ...secrets
    } = generatedDefaults();
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  const secrets = JSON.parse(readFileSync(file, 'utf8')) as NodeJS.ProcessEnv;
  return { ...secrets, NODE_ENV: 'production', CMS_CORS_ORIGINS: 'http://127.0.0.1:4321', CMS_LOG_LEVEL: 'warn' };
}

/** The environment that points a CMS at a database (and a data folder for its uploads). */
export function databaseEnv(database: BenchDatabase, dataDir: string, pgDatabase?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    DATA_DIR: dataDir,
    DATABASE_CLIENT: database,
    ENV_PATH: path.join(dataDir, 'none.env'),
  };
  if (database === 'postgres') {
    const url = new URL(BENCH_PG_URL);
    url.pathname = `/${pgDatabase}`;
    env.DATABASE_URL = url.toString();
  }
  return env;
}

/** The corpus's environment for the loader: its kept data folder or database (created when missing). */
export async function corpusEnv(database: BenchDatabase, entries: number): Promise<NodeJS.ProcessEnv> {
  const dir = sqliteDir(entries);
  mkdirSync(dir, { recursive: true });
  if (database === 'postgres') {
    await pgAdmin(async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [pgName(entries)]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${pgName(entries)}"`);
    });
  }
  return databaseEnv(database, dir, pgName(entries));
}

/** Written by the loader when every entry of the corpus is in the database. */
export const loadedMarker = (database: BenchDatabase, entries: number) =>
  path.join(REPO_ROOT, 'bench-results', 'corpus', `${database}-${entries}.loaded`);

/**
 * Loads the corpus of `entries` into its kept database in a child process, unless a complete load
 * left its marker (delete bench-results/corpus/ to load again).
 */
export async function ensureCorpus(database: BenchDatabase, entries: number): Promise<void> {
  const sqliteMissing = database === 'sqlite' && !existsSync(path.join(sqliteDir(entries), 'cms', 'strapi.db'));
  if (existsSync(loadedMarker(database, entries)) && !sqliteMissing) return;
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts/bench/load-corpus.ts'), '--database', database, '--entries', String(entries)],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`load-corpus ${database} ${entries} exited ${code}`);
}

export interface CorpusCopy {
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

/** A fresh copy of the loaded corpus database for one run (a SQLite file copy, a PostgreSQL TEMPLATE copy). */
export async function copyCorpus(database: BenchDatabase, entries: number): Promise<CorpusCopy> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `skb-bench-${database}-`));
  mkdirSync(path.join(dataDir, 'cms'), { recursive: true });
  let name: string | undefined;
  if (database === 'sqlite') {
    copyFileSync(path.join(sqliteDir(entries), 'cms', 'strapi.db'), path.join(dataDir, 'cms', 'strapi.db'));
  } else {
    name = `skb_bench_run_${Date.now().toString(36)}`;
    await pgAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${pgName(entries)}"`));
  }
  return {
    env: databaseEnv(database, dataDir, name),
    async remove() {
      if (name) await pgAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
