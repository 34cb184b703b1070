// Full reindex against the real services, with a few thousand published entries in Strapi: searches
// keep working while it runs, a Meilisearch crash in the middle leaves the live index as it was and
// a rerun leaves exactly Strapi's published set, and the CLI ends with one line and an exit code.
// On SQLite every case runs; on PostgreSQL the crash only (the other cases read the CMS over HTTP and
// do not depend on its database, and the bulk is smaller there: creating entries is the slow part).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PUBLIC_TYPES, trendNote } from '@skb/content-types';
import type { SearchDocument } from '@skb/content-types/search';
import {
  createCmsReader,
  createMeiliClient,
  ensureSearchOnlyKey,
  REPO_ROOT,
  ReindexError,
  reindex,
  waitForSuccess,
} from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, publishedAnswerVersions, startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';
import { startTestMeili, type TestMeili } from '../support/meili.ts';
import { syntheticCorpus } from '../support/synthetic/corpus.ts';

const INDEX = 'knowledge';
const QUERIES = ['butik', 'lanthandel', 'servicepunkter', 'drivmedel', 'hemsändning', 'alvdalen', 'paketombud'];

async function indexedIds(client: Meilisearch): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index<SearchDocument>(INDEX).getDocuments({ fields: ['id'], limit: 1000, offset });
    ids.push(...page.results.map((document) => document.id));
    if (page.results.length < 1000) return ids.sort();
  }
}

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'search-indexer/src/cli.ts'), ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// Timeouts for a loaded 2-core machine (other suites and builds beside this one): creating the bulk
// through the Document Service took minutes there, and each reindex of it a minute or more.
const SETUP_TIMEOUT_MS = 1_200_000;
const CASE_TIMEOUT_MS = 600_000;

export function describeSearchReindex(
  database: TestDatabase,
  options: {
    /** Entries drawn from the synthetic corpus; its Swedish ones (nine in ten) are added, published. */
    bulk: number;
    /** `fault`: only the Meilisearch crash (the other cases are then not defined at all). */
    cases: 'all' | 'fault';
  },
): void {
  const BULK = options.bulk;
  const all = options.cases === 'all';
  // Defined only where they run (not skipped), so a run reports exactly what it proved.
  const whenAllCases = (name: string, test: () => Promise<void>, timeout: number) => {
    if (all) it(name, test, timeout);
  };
  describe(`full reindex of a few thousand entries (${database})`, () => {
    let cms: TestCms;
    let meili: TestMeili;
    let publishedIds: () => Promise<string[]>;

    beforeAll(async () => {
      cms = await startTestCms({ database, seed: true });
      meili = await startTestMeili();
      const started = performance.now();
      const corpus = syntheticCorpus({ count: BULK, seed: 7 }).filter((item) => item.entry.locale === 'sv');
      const documents = cms.strapi.documents(trendNote.uid);
      for (const [i, { entry }] of corpus.entries()) {
        await documents.create({
          data: {
            title: entry.title,
            slug: `bulk-${i}`,
            summary: entry.summary,
            body: entry.body,
            sourceLinks: [],
            region: [],
          },
          locale: 'sv',
          status: 'published',
          // The synthetic corpus's fields are unknown to TypeScript; they are strings.
        } as never);
      }
      console.log(`created ${corpus.length} published entries in ${Math.round(performance.now() - started)} ms`);
      publishedIds = async () => {
        const ids: string[] = [];
        for (const type of PUBLIC_TYPES) {
          const rows = (await cms.strapi.db.query(type.uid).findMany({
            where: { publishedAt: { $notNull: true } },
            select: ['documentId', 'locale'],
          })) as { documentId: string; locale: string }[];
          ids.push(...rows.map((row) => `${type.name}-${row.documentId}-${row.locale}`));
        }
        ids.push(...(await publishedAnswerVersions(cms)).keys());
        return ids.sort();
      };
    }, SETUP_TIMEOUT_MS);

    afterAll(async () => {
      await cms?.stop();
      await meili?.stop();
    });

    whenAllCases(
      'keeps every search answering with hits while it builds and swaps a new index',
      async () => {
        const reader = createCmsReader({ cmsUrl: cms.url });
        const first = await reindex({ client: meili.client, reader, indexUid: INDEX });
        expect(first.replaced).toBe(false);
        const search = createMeiliClient({
          host: meili.host,
          apiKey: (await ensureSearchOnlyKey(meili.client, INDEX)).key,
        });

        let running = true;
        const outcomes = { searches: 0, failures: [] as string[], empty: [] as string[] };
        const searcher = (async () => {
          for (let i = 0; running; i++) {
            const q = QUERIES[i % QUERIES.length] as string;
            try {
              const result = await search.index(INDEX).search(q, { limit: 5, facets: ['type'] });
              outcomes.searches += 1;
              if (result.hits.length === 0) outcomes.empty.push(q);
            } catch (error) {
              outcomes.failures.push(String(error));
            }
          }
        })();
        // Small batches: the index is rebuilt in many steps, each a moment where a search could go wrong.
        const second = await reindex({ client: meili.client, reader, indexUid: INDEX, batchSize: 250 });
        // Keep searching a little after the swap and the deletion of the old index.
        await new Promise((resolve) => setTimeout(resolve, 300));
        running = false;
        await searcher;

        console.log(
          `${outcomes.searches} searches during a reindex of ${second.documents} documents (${second.durationMs} ms)`,
        );
        expect(second.replaced).toBe(true);
        expect(second.documents).toBeGreaterThanOrEqual(BULK * 0.9);
        expect(outcomes.failures).toEqual([]);
        expect(outcomes.empty).toEqual([]);
        expect(outcomes.searches).toBeGreaterThan(50);
        expect(await indexedIds(meili.client)).toEqual(await publishedIds());
        const indexes = (await meili.client.getRawIndexes()).results.map((index) => index.uid);
        expect(indexes).toEqual([INDEX]);
      },
      CASE_TIMEOUT_MS,
    );

    it(
      'leaves the live index untouched when Meilisearch dies mid-reindex, and a rerun holds exactly the published set',
      async () => {
        const reader = createCmsReader({ cmsUrl: cms.url });
        // The live index the crash must leave as it was: the case above built it; on its own, build it here.
        if (!all) await reindex({ client: meili.client, reader, indexUid: INDEX });
        const before = await indexedIds(meili.client);

        // What changed in the CMS since the last reindex must show after the rerun.
        const documents = cms.strapi.documents(trendNote.uid);
        const [gone] = (await documents.findMany({ locale: 'sv', status: 'published', limit: 1 })) as {
          documentId: string;
        }[];
        await documents.unpublish({ documentId: gone?.documentId, locale: 'sv' });
        await documents.create({
          data: entryInput(trendNote.uid, {
            title: 'Nytt efter förra omindexeringen',
            summary: 'Ny.',
            body: 'Ny.',
            sourceLinks: [],
            region: [],
          }),
          locale: 'sv',
          status: 'published',
        });

        let killing: Promise<void> | undefined;
        const failed = await reindex({
          client: meili.client,
          reader,
          indexUid: INDEX,
          batchSize: 250,
          onProgress: (progress) => {
            // Part of the documents indexed, the rest not yet: Meilisearch dies mid-load.
            if (!killing && progress.indexed > 0 && progress.indexed < progress.total) killing = meili.kill();
          },
        }).then(
          () => undefined,
          (error: unknown) => error,
        );
        await killing;
        expect(killing, 'Meilisearch was killed while the reindex was loading').toBeDefined();
        expect(failed).toBeInstanceOf(ReindexError);
        expect(String((failed as Error).message)).toContain(`the live index "${INDEX}" was not changed`);

        await meili.restart();
        expect(await indexedIds(meili.client)).toEqual(before);

        const rerun = await reindex({ client: meili.client, reader, indexUid: INDEX });
        const published = await publishedIds();
        expect(await indexedIds(meili.client)).toEqual(published);
        expect(rerun.documents).toBe(published.length);
        expect(published).not.toEqual(before);
      },
      CASE_TIMEOUT_MS,
    );

    whenAllCases(
      'swaps its first build in even when the live index appears while it builds (the first start’s race)',
      async () => {
        const RACE = 'knowledge-race';
        // The indexer creates the live index by applying a change after the reindex looked for it and
        // before its swap: here the lookup itself creates it, then answers "not found" as it had.
        const racing = new Proxy(meili.client, {
          get(target, property) {
            if (property === 'getRawIndex') {
              return async (uid: string) => {
                if (uid !== RACE) return target.getRawIndex(uid);
                const notFound = await target.getRawIndex(`${RACE}-none`).then(
                  () => undefined,
                  (error: unknown) => error,
                );
                await waitForSuccess(target, await target.createIndex(RACE, { primaryKey: 'id' }), {
                  what: `create ${RACE}`,
                  timeoutMs: 60_000,
                });
                throw notFound;
              };
            }
            const value = Reflect.get(target, property);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        try {
          const result = await reindex({
            client: racing,
            reader: createCmsReader({ cmsUrl: cms.url }),
            indexUid: RACE,
          });
          expect(result.replaced).toBe(true);
          const stats = await meili.client.index(RACE).getStats();
          expect(stats.numberOfDocuments).toBe(result.documents);
          const indexes = (await meili.client.getRawIndexes()).results.map((index) => index.uid);
          expect(indexes.filter((uid) => uid.startsWith(RACE))).toEqual([RACE]);
        } finally {
          await waitForSuccess(meili.client, await meili.client.deleteIndex(RACE), {
            what: `delete ${RACE}`,
            timeoutMs: 60_000,
          }).catch(() => undefined);
        }
      },
      CASE_TIMEOUT_MS,
    );

    whenAllCases(
      'as a CLI: one summary line and exit 0, or one line on stderr and exit 1 with the live index unchanged',
      async () => {
        const env = {
          MEILI_HOST: meili.host,
          MEILI_MASTER_KEY: meili.masterKey,
          CMS_URL: cms.url,
          ENV_PATH: path.join(cms.url.replace(/\W/g, ''), 'none.env'),
          SEARCH_WEBHOOK_URL: '',
        };
        const ok = await runCli(['reindex'], env);
        expect(ok.code).toBe(0);
        expect(ok.stdout.trim().split('\n')).toHaveLength(1);
        expect(ok.stdout).toMatch(/^reindex: \d+ documents \(.*\) in .*; swapped into "knowledge"/);
        const before = await indexedIds(meili.client);

        const cmsDown = await runCli(['reindex'], { ...env, CMS_URL: 'http://127.0.0.1:9' });
        expect(cmsDown.code).toBe(1);
        expect(cmsDown.stderr.trim().split('\n')).toHaveLength(1);
        expect(cmsDown.stderr).toMatch(
          /^reindex failed: the live index "knowledge" was not changed: the CMS did not answer/,
        );

        const meiliDown = await runCli(['reindex'], { ...env, MEILI_HOST: 'http://127.0.0.1:9' });
        expect(meiliDown.code).toBe(1);
        expect(meiliDown.stderr.trim().split('\n')).toHaveLength(1);
        expect(await indexedIds(meili.client)).toEqual(before);
      },
      CASE_TIMEOUT_MS,
    );
  });
}
