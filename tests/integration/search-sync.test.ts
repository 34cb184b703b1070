// Incremental sync against the real services: Strapi in this process with the demo content, its
// bootstrap sending signed webhooks to the receiver, a real Meilisearch process, and searches made
// with the search-only key, as the site makes them.
import { randomBytes } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { fundingCall, type PublicType, question, topic, trendNote } from '@skb/content-types';
import { HIDDEN_ATTRIBUTES, type SearchDocument } from '@skb/content-types/search';
import { signWebhook } from '@skb/content-types/webhook';
import {
  type CmsReader,
  createCmsReader,
  createMeiliClient,
  createSyncService,
  ensureSearchOnlyKey,
  httpRequest,
  reindex,
  type SyncService,
  sendSignedWebhook,
  startReceiver,
} from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, startTestCms, type TestCms } from '../support/cms.ts';
import { startTestMeili, type TestMeili } from '../support/meili.ts';
import { freePort } from '../support/ports.ts';
import { waitUntil } from '../support/wait.ts';

const INDEX = 'knowledge';
const DAY = 86_400_000;

const word = () => `ord${randomBytes(5).toString('hex')}`;

describe('incremental sync from the CMS to search', () => {
  let cms: TestCms;
  let meili: TestMeili;
  let reader: CmsReader;
  let service: SyncService;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let search: Meilisearch;
  let secret: string;
  const reindexSecret = randomBytes(24).toString('hex');
  let clockOffset = 0;
  /** Set by a test to hold the reconciliation while it reads the CMS's published versions. */
  let holdVersions: (() => Promise<void>) | undefined;

  const docs = <U extends (PublicType | typeof topic | typeof question)['uid']>(type: { uid: U }) =>
    cms.strapi.documents(type.uid);
  const status = async () => JSON.parse((await httpRequest(`${receiver.url}/status`)).body);
  const hits = async (q: string, filter?: string[]) =>
    (await search.index<SearchDocument>(INDEX).search(q, { filter, limit: 50 })).hits;
  const ids = async (q: string, filter?: string[]) => (await hits(q, filter)).map((hit) => hit.id);
  /** A document as stored (displayed fields), read with the master key. */
  const stored = async (id: string) =>
    meili.client
      .index<SearchDocument>(INDEX)
      .getDocument(id)
      .then((document) => {
        // The documents route returns the hidden search fields too; searches never do.
        const hidden = new Set<string>(HIDDEN_ATTRIBUTES);
        return Object.fromEntries(Object.entries(document).filter(([field]) => !hidden.has(field))) as SearchDocument;
      });
  /** Gives a notice a second to arrive and be applied: a draft save should have sent none. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await status()).backlog).toBe(0);
  };
  const documentCount = async () => (await meili.client.index(INDEX).getStats()).numberOfDocuments;
  /** Resolves once the receiver has applied everything it was sent after `since`. */
  const synced = (since: number) =>
    waitUntil('the receiver has caught up', async () => {
      const current = await status();
      return current.backlog === 0 && current.lastSyncAt && Date.parse(current.lastSyncAt) >= since;
    });

  const trendNoteData = (title: string, body: string) =>
    entryInput(trendNote.uid, {
      title,
      summary: `Sammanfattning om ${title}.`,
      body,
      sourceLinks: [],
      region: [],
    });

  beforeAll(async () => {
    secret = randomBytes(24).toString('hex');
    const receiverPort = await freePort();
    cms = await startTestCms({
      seed: true,
      env: { SEARCH_WEBHOOK_URL: `http://127.0.0.1:${receiverPort}/webhook`, SEARCH_WEBHOOK_SECRET: secret },
    });
    meili = await startTestMeili();
    reader = createCmsReader({ cmsUrl: cms.url });
    await reindex({ client: meili.client, reader, indexUid: INDEX });
    service = createSyncService({
      client: meili.client,
      // The service's reader: a test can hold its reconciliation's reading of the CMS.
      reader: {
        ...reader,
        async publishedVersions(type, locale) {
          await holdVersions?.();
          return reader.publishedVersions(type, locale);
        },
      },
      indexUid: INDEX,
      queueLimit: 1000,
      taskTimeoutMs: 30_000,
      batchSize: 500,
      now: () => new Date(Date.now() + clockOffset),
      log: () => {},
    });
    service.start();
    receiver = await startReceiver({
      service,
      client: meili.client,
      indexUid: INDEX,
      secret,
      reindexSecret,
      host: '127.0.0.1',
      port: receiverPort,
    });
    search = createMeiliClient({ host: meili.host, apiKey: (await ensureSearchOnlyKey(meili.client, INDEX)).key });
    // The seed's notices waited in the CMS's outbox for the receiver, and the receiver reconciles the
    // index with the CMS when it starts: the timings below are of single changes, not of that catch-up.
    await waitUntil(
      'the seed’s notices are delivered and applied',
      async () => {
        const [{ count }] = await cms.strapi.db.connection('skb_search_outbox').count({ count: '*' });
        const current = await status();
        return Number(count) === 0 && current.backlog === 0 && current.reconciled !== null;
      },
      120_000,
    );
  });

  afterAll(async () => {
    await receiver?.close();
    await service?.stop();
    await cms?.stop();
    await meili?.stop();
  });

  it('makes a published entry findable within a second', async () => {
    const unique = word();
    const started = performance.now();
    const created = await docs(trendNote).create({
      data: trendNoteData(`Nyhet om ${unique}`, 'En butik öppnar.'),
      locale: 'sv',
      status: 'published',
    });
    const id = `trend-note-${(created as { documentId: string }).documentId}-sv`;
    await waitUntil('the new entry is findable', async () => (await ids(unique)).includes(id), 5000);
    const latency = performance.now() - started;
    console.log(`publish → findable: ${Math.round(latency)} ms`);
    expect(latency).toBeLessThan(1000);
  });

  it('never indexes a draft, and an edited draft leaves the published version in search', async () => {
    const draftWord = word();
    const draft = (await docs(trendNote).create({
      data: trendNoteData(`Utkast ${draftWord}`, 'Ännu inte klart.'),
      locale: 'sv',
    })) as { documentId: string };
    await docs(trendNote).update({
      documentId: draft.documentId,
      locale: 'sv',
      data: { body: `Mer ${draftWord}.` },
    });
    // A draft save sends no notice at all (so no site rebuild either): give one a moment to arrive.
    await settle();
    expect(await ids(draftWord)).toEqual([]);

    const publishedWord = word();
    const editedWord = word();
    const entry = (await docs(trendNote).create({
      data: trendNoteData(`Publicerad ${publishedWord}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    const id = `trend-note-${entry.documentId}-sv`;
    await waitUntil('published', async () => (await ids(publishedWord)).includes(id));
    await docs(trendNote).update({
      documentId: entry.documentId,
      locale: 'sv',
      data: { title: `Ändrad ${editedWord}` },
    });
    await settle();
    expect(await ids(editedWord)).toEqual([]);
    expect(await ids(publishedWord)).toEqual([id]);

    await docs(trendNote).publish({ documentId: entry.documentId, locale: 'sv' });
    await waitUntil('the edit is published', async () => (await ids(editedWord)).includes(id));
    expect((await hits(editedWord))[0]?.title).toBe(`Ändrad ${editedWord}`);
  });

  it('finds a published helpdesk answer, anonymised, and drops it when it is taken back', async () => {
    const unique = word();
    const asked = (await docs(question).create({
      data: {
        name: 'Birgitta Sökbar',
        email: 'birgitta.sokbar@example.se',
        municipality: '2313',
        question: `Birgitta i Hammerdal undrar om ${unique}?`,
        consent: true,
        questionStatus: 'publicerad',
        publicQuestion: 'Kan en lanthandel bli ombud för apoteksvaror?',
        answer: `Ja, som apoteksombud. Ordet ${unique} står i svaret.`,
        municipalities: ['2313'],
      },
    })) as { documentId: string };
    const id = `question-${asked.documentId}-sv`;
    await waitUntil('the answer is findable', async () => (await ids(unique)).includes(id), 10_000);
    // Found by a place it concerns and by the word for what it is, too.
    expect(await ids('Strömsund apoteksombud', ['type = "question"'])).toContain(id);
    const document = await stored(id);
    expect(document).toMatchObject({ type: 'question', locale: 'sv', url: `/fragor/#fraga-${asked.documentId}` });
    expect(document.title).toBe('Kan en lanthandel bli ombud för apoteksvaror?');
    const everything = JSON.stringify(await meili.client.index(INDEX).getDocument(id));
    for (const secret of ['Birgitta', 'Sökbar', 'example.se', 'Hammerdal']) expect(everything).not.toContain(secret);

    await docs(question).update({ documentId: asked.documentId, data: { questionStatus: 'besvarad' } });
    await waitUntil('the answer is gone', async () => (await ids(unique)).length === 0, 10_000);
  });

  it('removes an unpublished entry, brings it back when published again, and removes a deleted one', async () => {
    const unique = word();
    const entry = (await docs(trendNote).create({
      data: trendNoteData(`Försvinner ${unique}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    const id = `trend-note-${entry.documentId}-sv`;
    await waitUntil('published', async () => (await ids(unique)).includes(id));
    await docs(trendNote).unpublish({ documentId: entry.documentId, locale: 'sv' });
    await waitUntil('unpublished entry gone', async () => (await ids(unique)).length === 0);
    await docs(trendNote).publish({ documentId: entry.documentId, locale: 'sv' });
    await waitUntil('published again', async () => (await ids(unique)).includes(id));
    await docs(trendNote).delete({ documentId: entry.documentId, locale: '*' });
    await waitUntil('deleted entry gone', async () => (await ids(unique)).length === 0);
  });

  it('unpublishing or deleting one language removes only that language', async () => {
    const sv = word();
    const en = word();
    const entry = (await docs(trendNote).create({
      data: trendNoteData(`Svensk ${sv}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    await docs(trendNote).update({
      documentId: entry.documentId,
      locale: 'en',
      data: trendNoteData(`English ${en}`, 'Text.'),
    });
    await docs(trendNote).publish({ documentId: entry.documentId, locale: 'en' });
    const svId = `trend-note-${entry.documentId}-sv`;
    const enId = `trend-note-${entry.documentId}-en`;
    await waitUntil(
      'both languages findable',
      async () => (await ids(en)).includes(enId) && (await ids(sv)).includes(svId),
    );
    const english = (await hits(en))[0];
    expect(english?.locale).toBe('en');
    expect(english?.url).toMatch(/^\/en\/trend-notes\//);

    await docs(trendNote).unpublish({ documentId: entry.documentId, locale: 'en' });
    await waitUntil('English gone', async () => (await ids(en)).length === 0);
    expect(await ids(sv)).toEqual([svId]);

    await docs(trendNote).publish({ documentId: entry.documentId, locale: 'en' });
    await waitUntil('English back', async () => (await ids(en)).includes(enId));
    await docs(trendNote).delete({ documentId: entry.documentId, locale: 'en' });
    await waitUntil('English deleted', async () => (await ids(en)).length === 0);
    expect(await ids(sv)).toEqual([svId]);
  });

  describe('webhook requests', () => {
    const post = (body: string, headers: Record<string, string>) =>
      httpRequest(`${receiver.url}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    it('refuses unsigned, stale, tampered and wrongly signed requests with 401, and malformed bodies with 400, changing nothing', async () => {
      const seeded = (await hits('', ['type = "trend-note"', 'locale = "sv"']))[0] as SearchDocument;
      const before = await documentCount();
      const body = JSON.stringify({
        event: 'entry.delete',
        uid: trendNote.uid,
        documentId: seeded.documentId,
        locale: 'sv',
      });
      const stale = signWebhook({ secret, body, now: new Date(Date.now() - 6 * 60_000) });
      const tampered = signWebhook({ secret, body: body.replace('"sv"', '"en"') });
      const cases: [string, string, Record<string, string>, number][] = [
        ['unsigned', body, {}, 401],
        ['stale', body, stale, 401],
        ['tampered', body, tampered, 401],
        ['wrong secret', body, signWebhook({ secret: `${secret}x`, body }), 401],
        ['not JSON', '{"event":', signWebhook({ secret, body: '{"event":' }), 400],
        ['unknown event', '{"event":"entry.hack"}', signWebhook({ secret, body: '{"event":"entry.hack"}' }), 400],
        [
          'bad documentId',
          JSON.stringify({ event: 'entry.publish', uid: trendNote.uid, documentId: '../../x', locale: 'sv' }),
          {},
          400,
        ],
        ['missing uid', '{"event":"entry.publish","documentId":"abc"}', {}, 400],
      ];
      for (const [name, sent, headers, expected] of cases) {
        const signed =
          Object.keys(headers).length > 0 || expected === 401 ? headers : signWebhook({ secret, body: sent });
        const response = await post(sent, signed);
        expect(response.status, name).toBe(expected);
        expect(JSON.parse(response.body).error, name).toBe(expected === 401 ? 'signature' : 'body');
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await status()).backlog).toBe(0);
      expect(await documentCount()).toBe(before);
      expect(await stored(seeded.id)).toEqual(seeded);
    });

    it('never takes content from the body: a signed notice only makes the receiver re-read the CMS', async () => {
      const seeded = (await hits('', ['type = "trend-note"', 'locale = "sv"']))[0] as SearchDocument;
      const body = JSON.stringify({
        event: 'entry.publish',
        uid: trendNote.uid,
        documentId: seeded.documentId,
        locale: 'sv',
        title: 'Kapad titel',
        entry: { title: 'Kapad titel' },
      });
      const since = Date.now();
      const response = await post(body, signWebhook({ secret, body }));
      expect(response.status).toBe(202);
      await synced(since);
      expect((await stored(seeded.id)).title).toBe(seeded.title);
      expect((await hits('Kapad titel')).map((hit) => hit.title)).not.toContain('Kapad titel');
    });
  });

  it('keeps changes while Meilisearch is down, reports the backlog, and applies them when it is back', async () => {
    const unique = word();
    const gone = word();
    const leaving = (await docs(trendNote).create({
      data: trendNoteData(`Ska bort ${gone}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    await waitUntil('published', async () => (await ids(gone)).length === 1);

    await meili.kill();
    const created = (await docs(trendNote).create({
      data: trendNoteData(`Under avbrottet ${unique}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    await docs(trendNote).unpublish({ documentId: leaving.documentId, locale: 'sv' });
    const down = await waitUntil('the backlog is reported', async () => {
      const current = await status();
      return current.backlog >= 2 && current.up === false && current.lastError ? current : undefined;
    });
    expect(down.documents).toBeNull();

    await meili.restart();
    await waitUntil(
      'the backlog is applied',
      async () => (await ids(unique)).includes(`trend-note-${created.documentId}-sv`) && (await ids(gone)).length === 0,
      40_000,
    );
    const back = await waitUntil('status is up again', async () => {
      const current = await status();
      return current.up && current.backlog === 0 ? current : undefined;
    });
    expect(back.documents).toBe(await documentCount());
  });

  it('never makes an editor wait for the indexer, and delivers the notice once the receiver is back', async () => {
    const unique = word();
    const port = Number(new URL(receiver.url).port);
    await receiver.close();
    // A receiver that accepts connections and never answers: the worst case for the CMS.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', () => resolve()));
    const started = performance.now();
    const entry = (await docs(trendNote).create({
      data: trendNoteData(`Medan indexeraren tiger ${unique}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    const saveMs = performance.now() - started;
    expect(saveMs).toBeLessThan(2000);

    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    receiver = await startReceiver({
      service,
      client: meili.client,
      indexUid: INDEX,
      secret,
      reindexSecret,
      host: '127.0.0.1',
      port,
    });
    await waitUntil(
      'the retried notice is applied',
      async () => (await ids(unique)).includes(`trend-note-${entry.documentId}-sv`),
      30_000,
    );
  });

  it('keeps a funding call’s status current as its dates pass, with nothing published', async () => {
    const unique = word();
    const now = Date.now();
    const call = (await docs(fundingCall).create({
      data: entryInput(fundingCall.uid, {
        title: `Stöd till ${unique}`,
        summary: 'En utlysning.',
        body: 'Sök stöd.',
        opensAt: new Date(now + DAY).toISOString(),
        deadline: new Date(now + 3 * DAY).toISOString(),
        eligibleApplicants: ['ideell förening'],
        geography: 'nationell',
        counties: [],
      }),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    const id = `funding-call-${call.documentId}-sv`;
    const statusOf = async () => (await hits(unique)).find((hit) => hit.id === id)?.status;
    expect(await waitUntil('indexed', statusOf)).toBe('kommande');

    clockOffset = 2 * DAY;
    service.checkFundingCallsNow();
    await waitUntil('open', async () => (await statusOf()) === 'öppen');
    clockOffset = 4 * DAY;
    service.checkFundingCallsNow();
    await waitUntil('closed', async () => (await statusOf()) === 'stängd');
    expect(await ids(unique, ['status = "stängd"'])).toEqual([id]);
    clockOffset = 0;
  });

  it('applies a publish at once while a reconciliation with the CMS is reading (at 10,000 entries it reads for seconds)', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reading = false;
    holdVersions = async () => {
      reading = true;
      await released;
    };
    const before = (await status()).reconciled?.at;
    try {
      service.reconcileNow();
      await waitUntil('the reconciliation is reading the CMS', async () => reading);
      const unique = word();
      const entry = (await docs(trendNote).create({
        data: trendNoteData(`Under avstämningen ${unique}`, 'Text.'),
        locale: 'sv',
        status: 'published',
      })) as { documentId: string };
      await waitUntil(
        'findable while the reconciliation still reads',
        async () => (await ids(unique)).includes(`trend-note-${entry.documentId}-sv`),
        5000,
      );
      expect((await status()).reconciled?.at).toBe(before);
    } finally {
      holdVersions = undefined;
      release();
    }
    await waitUntil('the reconciliation has ended', async () => (await status()).reconciled?.at !== before);
  });

  it('does not lose a publish made while a full reindex reads the CMS', async () => {
    const unique = word();
    // A reindex that has read the trend notes before the publish below happens.
    let publishNow: () => void = () => {};
    const published = new Promise<void>((resolve) => {
      publishNow = resolve;
    });
    const slowReader: CmsReader = {
      ...reader,
      async page(type, locale, afterId) {
        const page = await reader.page(type, locale, afterId);
        if (type.name === trendNote.name && locale === 'sv') {
          publishNow();
          await new Promise((resolve) => setTimeout(resolve, 1500));
        }
        return page;
      },
    };
    const rebuilding = reindex({ client: meili.client, reader: slowReader, indexUid: INDEX });
    await published;
    const entry = (await docs(trendNote).create({
      data: trendNoteData(`Mitt i omindexeringen ${unique}`, 'Text.'),
      locale: 'sv',
      status: 'published',
    })) as { documentId: string };
    const id = `trend-note-${entry.documentId}-sv`;
    await waitUntil('applied to the old index', async () => (await ids(unique)).includes(id));
    const result = await rebuilding;
    // Like `npm run reindex` does when it is done: tell the receiver.
    const code = await sendSignedWebhook({
      url: `${receiver.url}/reindexed`,
      secret: reindexSecret,
      body: { event: 'index.rebuilt', since: result.startedAt.getTime() },
    });
    expect(code).toBe(202);
    await waitUntil('findable in the new index', async () => (await ids(unique)).includes(id));
  });

  it('reindexes when a taxonomy term is renamed, so documents carry the new name', async () => {
    const seeded = (await hits('', ['type = "method"', 'locale = "sv"'])).find((hit) => hit.topics.length > 0);
    expect(seeded).toBeDefined();
    const oldName = seeded?.topics[0] as string;
    const term = (await docs(topic).findFirst({ filters: { name: oldName } })) as { documentId: string };
    const newName = `${oldName} ${word()}`;
    await docs(topic).update({ documentId: term.documentId, data: { name: newName } });
    await waitUntil(
      'documents carry the new topic name',
      async () => (await hits('', [`topics = "${newName}"`])).some((hit) => hit.id === seeded?.id),
      30_000,
    );
  });
});
