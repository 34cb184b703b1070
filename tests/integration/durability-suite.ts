// No change may be lost (issue 8, item 8), proven against the real CMS on one database, a real
// Meilisearch and the real sync: notices wait in the CMS's outbox while the indexer is down;
// reconciliation finds what no notice reported; a draft save asks for no rebuild; a CMS that answers
// 404 to everything deletes nothing; and search equals the published set after Meilisearch is killed
// (SIGKILL) during a burst of 200 changes.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCALES, PUBLIC_TYPES, trendNote } from '@skb/content-types';
import type { SearchDocument } from '@skb/content-types/search';
import {
  type CmsReader,
  createCmsReader,
  createSyncService,
  httpRequest,
  reindex,
  type SyncService,
  startReceiver,
} from '@skb/search-indexer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, publishedAnswerVersions, startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';
import { startTestMeili, type TestMeili } from '../support/meili.ts';
import { freePort } from '../support/ports.ts';
import { waitUntil } from '../support/wait.ts';

const INDEX = 'knowledge';
/** The durability checks poll every 100 ms: each probe reads the whole index. */
const waitUntilEvery100 = <T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs?: number) =>
  waitUntil(what, probe, timeoutMs, 100);
/** The CMS's outbox table (cms/src/search-outbox/outbox.ts; the CMS is CommonJS, so it is named, not imported). */
const OUTBOX_TABLE = 'skb_search_outbox';
/** The promise: within a minute of the indexer being back, search equals the published set. */
const WITHIN_MS = 60_000;

const word = () => `ord${randomBytes(5).toString('hex')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeDurability(database: TestDatabase): void {
  describe(`no change is lost between the CMS and search (${database})`, () => {
    let cms: TestCms;
    let meili: TestMeili;
    let reader: CmsReader;
    let receiverPort: number;
    let secret: string;
    let indexer: { service: SyncService; close(): Promise<void>; changed: number } | undefined;

    const docs = () => cms.strapi.documents(trendNote.uid);
    const outbox = () => ({
      size: async () => {
        const [row] = (await cms.strapi.db.connection(OUTBOX_TABLE).count({ count: '*' })) as {
          count: number | string;
        }[];
        return Number(row?.count);
      },
    });
    const trendNoteData = (title: string) =>
      entryInput(trendNote.uid, {
        title,
        summary: `Sammanfattning om ${title}.`,
        body: 'Exempeltext för testet.',
        sourceLinks: [],
        region: [],
      });

    /** Every published language version in the CMS: search id → publishedAt (epoch ms). */
    async function publishedSet(): Promise<Map<string, number>> {
      const set = new Map<string, number>();
      for (const type of PUBLIC_TYPES) {
        for (const locale of LOCALES) {
          const entries = (await cms.strapi.documents(type.uid).findMany({
            status: 'published',
            locale,
            fields: ['publishedAt'],
            limit: 100_000,
          })) as unknown as { documentId: string; publishedAt: string }[];
          for (const entry of entries)
            set.set(`${type.name}-${entry.documentId}-${locale}`, Date.parse(entry.publishedAt));
        }
      }
      for (const [id, publishedAt] of await publishedAnswerVersions(cms)) set.set(id, publishedAt);
      return set;
    }

    /** Every document in the live index: id → publishedAt. */
    async function indexedSet(): Promise<Map<string, number>> {
      const set = new Map<string, number>();
      for (let offset = 0; ; offset += 1000) {
        const page = await meili.client
          .index<SearchDocument>(INDEX)
          .getDocuments<Pick<SearchDocument, 'id' | 'publishedAt'>>({
            fields: ['id', 'publishedAt'],
            limit: 1000,
            offset,
          });
        for (const document of page.results) set.set(document.id, document.publishedAt);
        if (page.results.length < 1000) return set;
      }
    }

    const sorted = (set: Map<string, number>) => [...set.entries()].sort(([a], [b]) => a.localeCompare(b));
    /** Waits until search holds exactly the published versions, then asserts it (with a diff if not). */
    async function expectSearchEqualsPublished(timeoutMs = WITHIN_MS): Promise<number> {
      const started = Date.now();
      await waitUntilEvery100(
        'search equals the published set',
        async () => JSON.stringify(sorted(await indexedSet())) === JSON.stringify(sorted(await publishedSet())),
        timeoutMs,
      ).catch(() => undefined);
      expect(sorted(await indexedSet())).toEqual(sorted(await publishedSet()));
      return Date.now() - started;
    }

    async function startIndexer(options: { reconcile: boolean; reader?: CmsReader }) {
      let changed = 0;
      const service = createSyncService({
        client: meili.client,
        reader: options.reader ?? reader,
        indexUid: INDEX,
        queueLimit: 10_000,
        taskTimeoutMs: 30_000,
        batchSize: 500,
        reconcileIntervalMs: options.reconcile ? 0 : false,
        log: () => {},
        onChanged: (changes) => {
          changed += changes.length;
          if (current) current.changed = changed;
        },
      });
      service.start();
      const receiver = await startReceiver({
        service,
        client: meili.client,
        indexUid: INDEX,
        secret,
        host: '127.0.0.1',
        port: receiverPort,
      });
      const current = {
        service,
        changed,
        async close() {
          await receiver.close();
          await service.stop();
        },
      };
      return current;
    }

    async function stopIndexer(): Promise<void> {
      await indexer?.close();
      indexer = undefined;
    }

    beforeAll(async () => {
      secret = randomBytes(24).toString('hex');
      receiverPort = await freePort();
      cms = await startTestCms({
        database,
        seed: true,
        env: {
          SEARCH_WEBHOOK_URL: `http://127.0.0.1:${receiverPort}/webhook`,
          SEARCH_WEBHOOK_SECRET: secret,
          SEARCH_OUTBOX_RETRY_MS: '500',
        },
      });
      meili = await startTestMeili();
      reader = createCmsReader({ cmsUrl: cms.url });
      await reindex({ client: meili.client, reader, indexUid: INDEX });
      // The seed's notices found no indexer; the reindex read everything they named.
      await cms.strapi.db.connection(OUTBOX_TABLE).delete();
    }, 900_000);

    // Each test starts the indexer it needs; none is left running for the next (its port is reused).
    afterEach(() => stopIndexer());

    afterAll(async () => {
      await stopIndexer();
      await cms?.stop();
      await meili?.stop();
    });

    /** Unpublishes one entry, publishes an edit of another, publishes a new one and deletes one. */
    async function changeWhileDown(): Promise<{ edited: string; created: string }> {
      const published = (await docs().findMany({ status: 'published', locale: 'sv', limit: 3 })) as {
        documentId: string;
      }[];
      expect(published.length).toBe(3);
      const [toUnpublish, toEdit, toDelete] = published as [
        { documentId: string },
        { documentId: string },
        { documentId: string },
      ];
      await docs().unpublish({ documentId: toUnpublish.documentId, locale: 'sv' });
      const edited = `Ändrad ${word()}`;
      await docs().update({ documentId: toEdit.documentId, locale: 'sv', data: { title: edited } });
      await docs().publish({ documentId: toEdit.documentId, locale: 'sv' });
      const created = `Ny ${word()}`;
      await docs().create({ data: trendNoteData(created), locale: 'sv', status: 'published' });
      await docs().delete({ documentId: toDelete.documentId, locale: '*' });
      return { edited, created };
    }

    /** Whether a document in the index has this title (read as stored, not through relevance). */
    async function titleFound(title: string): Promise<boolean> {
      for (let offset = 0; ; offset += 1000) {
        const page = await meili.client
          .index<SearchDocument>(INDEX)
          .getDocuments<Pick<SearchDocument, 'title'>>({ fields: ['title'], limit: 1000, offset });
        if (page.results.some((document) => document.title === title)) return true;
        if (page.results.length < 1000) return false;
      }
    }

    it('keeps the notices of changes made while the indexer is down in the CMS database, and delivers them when it is back', async () => {
      // The indexer is down (none has run since the reindex).
      const phase = (what: string) => console.log(`${database}: ${what} (${new Date().toISOString()})`);
      const { edited, created } = await changeWhileDown();
      phase('changed while the indexer was down');
      // The notices are in the database, not only in the CMS's memory, and the failed attempts keep them.
      await sleep(1500);
      expect(await outbox().size()).toBeGreaterThanOrEqual(4);

      const started = Date.now();
      phase(`${await outbox().size()} notices in the outbox; starting the indexer`);
      indexer = await startIndexer({ reconcile: false });
      const took = await expectSearchEqualsPublished();
      console.log(`${database}: outbox delivered after the indexer came back; search equal in ${took} ms`);
      expect(await titleFound(edited)).toBe(true);
      expect(await titleFound(created)).toBe(true);
      await waitUntilEvery100('the outbox is empty', async () => (await outbox().size()) === 0);
      expect(Date.now() - started).toBeLessThan(WITHIN_MS);
      await stopIndexer();
    }, 300_000);

    it('reconciles the index with the CMS at start, catching changes whose notices were lost', async () => {
      const { edited, created } = await changeWhileDown();
      await sleep(200);
      // As if the notices had never been written (the CMS crashed between save and outbox).
      await cms.strapi.db.connection(OUTBOX_TABLE).delete();
      const before = await indexedSet();
      expect(sorted(before)).not.toEqual(sorted(await publishedSet()));

      const started = Date.now();
      indexer = await startIndexer({ reconcile: true });
      const took = await expectSearchEqualsPublished();
      console.log(`${database}: reconciliation at start; search equal in ${took} ms`);
      expect(Date.now() - started).toBeLessThan(WITHIN_MS);
      expect(await titleFound(edited)).toBe(true);
      expect(await titleFound(created)).toBe(true);
      expect(indexer.service.status().reconciled?.differences).toBeGreaterThanOrEqual(4);
    });

    it('sends nothing for a draft save, so no site rebuild follows; a published edit does', async () => {
      indexer = await startIndexer({ reconcile: false });
      const current = indexer;
      await waitUntilEvery100('the sync is idle', async () => current.service.status().backlog === 0);
      const changedBefore = current.changed;
      const [entry] = (await docs().findMany({ status: 'published', locale: 'sv', limit: 1 })) as {
        documentId: string;
      }[];
      const documentId = (entry as { documentId: string }).documentId;
      await docs().update({ documentId, locale: 'sv', data: { title: `Utkast ${word()}` } });
      await sleep(100);
      expect(await outbox().size()).toBe(0);
      await sleep(1500);
      expect(current.changed).toBe(changedBefore);

      await docs().publish({ documentId, locale: 'sv' });
      await waitUntilEvery100('the published edit reaches the sync', async () => current.changed > changedBefore);
    });

    it('deletes nothing when the CMS answers 404 to everything (a wrong CMS_URL, a proxy)', async () => {
      await stopIndexer();
      const misrouted = http.createServer((_req, res) => {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404 Not Found</h1>');
      });
      await new Promise<void>((resolve) => misrouted.listen(0, '127.0.0.1', () => resolve()));
      try {
        const wrongCms = createCmsReader({ cmsUrl: `http://127.0.0.1:${(misrouted.address() as AddressInfo).port}` });
        const before = await indexedSet();
        expect(before.size).toBeGreaterThan(10);
        indexer = await startIndexer({ reconcile: true, reader: wrongCms });
        const [first] = before.keys();
        const [type, documentId] = [
          PUBLIC_TYPES.find((one) => first?.startsWith(`${one.name}-`))?.name,
          first?.split('-').at(-2),
        ];
        // A notice for an entry in the index: the misrouted CMS's 404 must not be taken for "unpublished".
        indexer.service.receive({
          kind: 'entry',
          keys: [{ type: type as never, documentId: documentId as string, locale: first?.split('-').at(-1) as string }],
        });
        await waitUntilEvery100('the sync reports the misrouted CMS', async () =>
          /404/.test(indexer?.service.status().lastError?.message ?? ''),
        );
        await sleep(1000);
        expect(sorted(await indexedSet())).toEqual(sorted(before));
        expect(indexer.service.status().lastError?.message).toMatch(/without the CMS's own error body/);
      } finally {
        await stopIndexer();
        misrouted.close();
        misrouted.closeAllConnections();
      }
    });

    it('reaches the published set after Meilisearch is killed (SIGKILL) during a burst of 200 changes', async () => {
      indexer = await startIndexer({ reconcile: false });
      await expectSearchEqualsPublished();
      const created: string[] = [];
      let changes = 0;
      const change = async (work: () => Promise<unknown>) => {
        await work();
        changes += 1;
        if (changes === 60) await meili.kill();
        if (changes === 140) await meili.restart();
      };
      for (let i = 0; i < 100; i += 1) {
        await change(async () => {
          const entry = (await docs().create({
            data: trendNoteData(`Skur ${i} ${word()}`),
            locale: 'sv',
            status: 'published',
          })) as { documentId: string };
          created.push(entry.documentId);
        });
      }
      for (const [i, documentId] of created.entries()) {
        if (i % 2 === 0) await change(() => docs().unpublish({ documentId, locale: 'sv' }));
        else
          await change(() =>
            docs().update({
              documentId,
              locale: 'sv',
              data: { title: `Skur ändrad ${i}` },
              status: 'published',
            }),
          );
      }
      expect(changes).toBe(200);
      const took = await expectSearchEqualsPublished();
      console.log(
        `${database}: 200 changes with Meilisearch killed at 60 and back at 140; search equal ${took} ms after the burst`,
      );
      const status = JSON.parse((await httpRequest(`http://127.0.0.1:${receiverPort}/status`)).body);
      expect(status.up).toBe(true);
      // 200 writes to the CMS take minutes on a loaded machine; the promise is timed by expectSearchEqualsPublished.
    }, 600_000);
  });
}
