// What the search benchmark measures against one Meilisearch: raw ingest throughput, the latency
// of the fixed queries, and how long a publish takes to become findable through our sync path.
import { randomBytes } from 'node:crypto';
import { signWebhook } from '@skb/content-types/webhook';
import { type CmsReader, createSyncService, httpRequest, startReceiver, waitForSuccess } from '@skb/search-indexer';
import type { FakeCms, RestEntry } from '@skb/search-indexer/synthetic';
import type { Meilisearch } from 'meilisearch';
import type { BenchQuery } from './queries.ts';

/** A fresh index `uid` with `settings`. */
export async function createIndexWith(
  client: Meilisearch,
  uid: string,
  settings: Parameters<ReturnType<Meilisearch['index']>['updateSettings']>[0],
): Promise<void> {
  await client.deleteIndex(uid).catch(() => undefined);
  await waitForSuccess(client, await client.createIndex(uid, { primaryKey: 'id' }), {
    what: 'create',
    timeoutMs: 60_000,
  });
  await waitForSuccess(client, await client.index(uid).updateSettings(settings), {
    what: 'settings',
    timeoutMs: 60_000,
  });
}

/** Raw Meilisearch: POST the prepared batches, then wait for every task. Documents per second. */
export async function rawIngest(args: {
  client: Meilisearch;
  host: string;
  masterKey: string;
  uid: string;
  batches: Buffer[];
  total: number;
}): Promise<number> {
  const started = performance.now();
  const tasks: number[] = [];
  for (const batch of args.batches) {
    const response = await httpRequest(`${args.host}/indexes/${args.uid}/documents?primaryKey=id`, {
      method: 'POST',
      headers: { authorization: `Bearer ${args.masterKey}`, 'content-type': 'application/json' },
      body: batch,
    });
    tasks.push(JSON.parse(response.body).taskUid);
  }
  for (const task of tasks) await waitForSuccess(args.client, task, { what: 'raw add', timeoutMs: 1_800_000 });
  return (args.total / (performance.now() - started)) * 1000;
}

/** Latency of each query, sent one after the other with `key` over node:http, after one warm-up round. */
export async function searchLatencies(args: {
  host: string;
  uid: string;
  key: string;
  queries: readonly BenchQuery[];
  repeats: number;
}): Promise<{ samples: number[]; zeroHits: number }> {
  const run = async (query: BenchQuery) => {
    const body = JSON.stringify(query);
    const started = performance.now();
    const response = await httpRequest(`${args.host}/indexes/${args.uid}/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${args.key}`, 'content-type': 'application/json' },
      body,
    });
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`search failed (${response.status}): ${response.body}`);
    return { elapsed, hits: (JSON.parse(response.body) as { hits: unknown[]; totalHits?: number }).hits.length };
  };
  for (const query of args.queries) await run(query); // warm-up
  const samples: number[] = [];
  let zeroHits = 0;
  for (let repeat = 0; repeat < args.repeats; repeat++) {
    for (const query of args.queries) {
      const { elapsed, hits } = await run(query);
      samples.push(elapsed);
      if (repeat === 0 && hits === 0 && !query.page) zeroHits += 1;
    }
  }
  return { samples, zeroHits };
}

/**
 * Publish → findable, `count` times: a new version in the stand-in CMS, a signed webhook to a
 * receiver of our own, then searching with `searchKey` every 5 ms until the new title is found.
 */
export async function publishLatencies(args: {
  client: Meilisearch;
  host: string;
  searchKey: string;
  cms: FakeCms;
  reader: CmsReader;
  corpus: readonly { type: string; entry: RestEntry }[];
  count: number;
  batchSize: number;
}): Promise<number[]> {
  const { client, host, cms } = args;
  const secret = randomBytes(24).toString('hex');
  const service = createSyncService({
    client,
    reader: args.reader,
    indexUid: 'knowledge',
    queueLimit: 10_000,
    taskTimeoutMs: 60_000,
    batchSize: args.batchSize,
    log: () => {},
  });
  service.start();
  const receiver = await startReceiver({ service, client, indexUid: 'knowledge', secret, host: '127.0.0.1', port: 0 });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < args.count; i++) {
      const { type, entry } = args.corpus[(i * 7919) % args.corpus.length] as { type: string; entry: RestEntry };
      const token = `publicering${randomBytes(6).toString('hex')}`;
      const started = performance.now();
      cms.publish(type, { ...entry, title: `${String(entry.title).slice(0, 150)} ${token}` });
      const body = JSON.stringify({
        event: 'entry.publish',
        uid: `api::${type}.${type}`,
        documentId: entry.documentId,
        locale: entry.locale,
      });
      await httpRequest(`${receiver.url}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook({ secret, body }) },
        body,
      });
      for (;;) {
        const response = await httpRequest(`${host}/indexes/knowledge/search`, {
          method: 'POST',
          headers: { authorization: `Bearer ${args.searchKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ q: token, limit: 1, attributesToRetrieve: ['id'] }),
        });
        if ((JSON.parse(response.body) as { hits: unknown[] }).hits.length > 0) break;
        if (performance.now() - started > 30_000) throw new Error(`publish ${i} not findable after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - started);
    }
  } finally {
    await receiver.close();
    await service.stop();
  }
  return latencies;
}
