// The seed survives being interrupted: stopped with SIGTERM, or cut off from PostgreSQL, a run leaves
// nothing half-written, and the next run completes every entry and every English version. The seed
// runs as `npm run seed` does, in a child process; the test watches the database from outside.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CMS_DIR } from '@skb/cms/boot';
import { entriesOf, loadDemoContent } from '@skb/cms/seed/content';
import { PUBLIC_TYPES, slugify } from '@skb/content-types';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freshCmsBank, type TestDatabase } from '../support/cms.ts';
import { pgConnection } from '../support/postgres.ts';

const content = loadDemoContent();

/** What a complete seed leaves per type: rows per language, draft and published. */
const complete = Object.fromEntries(
  PUBLIC_TYPES.map((type) => {
    const entries = entriesOf(content, type);
    const published = entries.filter((entry) => !entry.seed.draft);
    return [
      type.name,
      {
        sv: entries.length,
        en: entries.filter((entry) => entry.en).length,
        svPublished: published.length,
        enPublished: published.filter((entry) => entry.en).length,
      },
    ];
  }),
);

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function startSeed(env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, [path.join(CMS_DIR, 'scripts', 'seed.ts')], {
    cwd: CMS_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

/** Reads the CMS's tables from outside the seed's process. */
interface Observer {
  rows(table: string): Promise<{ document_id: string; locale: string; slug: string; published_at: unknown }[]>;
  /** Ends every other session on the test database, as a PostgreSQL restart does. */
  dropConnections?(): Promise<number>;
  close(): Promise<void>;
}

async function observe(database: TestDatabase, env: NodeJS.ProcessEnv): Promise<Observer> {
  if (database === 'sqlite') {
    const file = path.join(String(env.DATA_DIR), 'cms', 'strapi.db');
    let db: DatabaseSync | undefined;
    return {
      async rows(table) {
        if (!db) {
          if (!existsSync(file)) return [];
          db = new DatabaseSync(file, { readOnly: true });
          db.exec('PRAGMA busy_timeout = 10000');
        }
        try {
          return db.prepare(`SELECT document_id, locale, slug, published_at FROM ${table}`).all() as never;
        } catch (error) {
          // Before Strapi has made its tables.
          if (/no such table/.test(String(error))) return [];
          throw error;
        }
      },
      async close() {
        db?.close();
      },
    };
  }
  const client = new pg.Client({ ...pgConnection(), database: env.DATABASE_NAME });
  await client.connect();
  return {
    async rows(table) {
      const exists = await client.query('SELECT to_regclass($1) AS t', [table]);
      if (!exists.rows[0]?.t) return [];
      return (await client.query(`SELECT document_id, locale, slug, published_at FROM ${table}`)).rows;
    },
    async dropConnections() {
      const result = await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      return result.rowCount ?? 0;
    },
    close: () => client.end(),
  };
}

/** Rows per type and language, as `complete` counts them. */
async function seededState(observer: Observer) {
  const state: Record<string, { sv: number; en: number; svPublished: number; enPublished: number }> = {};
  for (const type of PUBLIC_TYPES) {
    const rows = await observer.rows(type.strapi.collectionName);
    const count = (locale: string, published: boolean) =>
      rows.filter((row) => row.locale === locale && (row.published_at !== null) === published).length;
    state[type.name] = {
      sv: count('sv', false),
      en: count('en', false),
      svPublished: count('sv', true),
      enPublished: count('en', true),
    };
  }
  return state;
}

/** Swedish slugs of the entries that have an English file, per table. */
const translated = new Map(
  PUBLIC_TYPES.map((type) => [
    type.strapi.collectionName,
    new Set(entriesOf(content, type).flatMap((entry) => (entry.en ? [slugify(String(entry.fields.title))] : []))),
  ]),
);

/** Entries that exist in Swedish but lack the English version their files have: half-written entries. */
async function halfWritten(observer: Observer): Promise<number> {
  let half = 0;
  for (const [table, slugs] of translated) {
    const rows = await observer.rows(table);
    const english = new Set(rows.filter((row) => row.locale === 'en').map((row) => row.document_id));
    half += rows.filter((row) => row.locale === 'sv' && slugs.has(row.slug) && !english.has(row.document_id)).length;
  }
  return half;
}

const entriesIn = async (observer: Observer) =>
  Object.values(await seededState(observer)).reduce((sum, counts) => sum + counts.sv, 0);

async function waitFor(condition: () => Promise<boolean>, run: Run, what: string): Promise<void> {
  let exited = false;
  run.done.then(() => {
    exited = true;
  });
  while (!(await condition())) {
    if (exited) throw new Error(`the seed ended before ${what}: ${(await run.done).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A data folder and, on PostgreSQL, a fresh database, with the environment `npm run seed` reads. */
const freshBank = (database: TestDatabase) => freshCmsBank(database, { prefix: 'skb-seed' });

/** Runs the seed to the end and checks that the bank is complete. */
async function expectRerunCompletes(env: NodeJS.ProcessEnv, observer: Observer): Promise<void> {
  const rerun = await startSeed(env).done;
  expect(rerun.stderr).toBe('');
  expect(rerun.code).toBe(0);
  expect(await halfWritten(observer)).toBe(0);
  expect(await seededState(observer)).toEqual(complete);
}

export function describeSeedDurability(database: TestDatabase): void {
  // Each test seeds the whole bank at least once, in a child process that boots the CMS.
  describe(`the seed on ${database}, interrupted`, { timeout: 900_000 }, () => {
    it('completes every entry and every English version when run again after a SIGTERM', async () => {
      const bank = await freshBank(database);
      const observer = await observe(database, bank.env);
      try {
        const run = startSeed(bank.env);
        // Stop the seed the moment an entry stands in Swedish without its English version (the
        // state an interrupted run must not leave behind), or else once it has written 25 entries.
        await waitFor(
          async () => (await halfWritten(observer)) > 0 || (await entriesIn(observer)) >= 25,
          run,
          'it had written 25 entries',
        );
        run.child.kill('SIGTERM');
        await run.done;
        expect(await entriesIn(observer), 'the seed was stopped half-way').toBeLessThan(content.entries.length);
        await expectRerunCompletes(bank.env, observer);
      } finally {
        await observer.close();
        await bank.remove();
      }
    });

    it.runIf(database === 'postgres')(
      'stops with one clear line when PostgreSQL drops its connections, and a rerun completes',
      async () => {
        const bank = await freshBank(database);
        const observer = await observe(database, bank.env);
        try {
          const run = startSeed(bank.env);
          await waitFor(async () => (await entriesIn(observer)) >= 10, run, 'it had written 10 entries');
          // A restart ends every session and keeps ending new ones until the server is back. A
          // single round of terminations can land between two queries, when the pool just opens new
          // connections and the seed carries on; so keep ending them until the seed gives up.
          let exited = false;
          void run.done.then(() => {
            exited = true;
          });
          let dropped = 0;
          const until = Date.now() + 20_000;
          while (!exited && Date.now() < until) {
            dropped += (await observer.dropConnections?.()) ?? 0;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
          expect(dropped).toBeGreaterThan(0);
          const { code, stderr } = await run.done;
          expect(code).toBe(1);
          expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^seed failed: .*database/)]);
          expect(await entriesIn(observer)).toBeLessThan(content.entries.length);
          await expectRerunCompletes(bank.env, observer);
        } finally {
          await observer.close();
          await bank.remove();
        }
      },
    );
  });
}
