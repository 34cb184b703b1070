// What the search benchmark measures, one function per figure: ingest throughput of raw
// addDocuments, search latency per query with a given key, and publish → findable latency through
// the signed webhook; and the percentiles it reports them by.
import { randomBytes } from 'node:crypto';
import { signWebhook } from '@skb/content-types/webhook';
import { httpRequest, waitForSuccess } from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import type { RestEntry, SyntheticEntry } from '../../../tests/support/synthetic/corpus.ts';
import type { CorpusCms } from '../../../tests/support/synthetic/corpus-cms.ts';
import type { BenchQuery } from './queries.ts';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function createIndexWith(
  client: Meilisearch,
  uid: string,
  settings: Parameters<ReturnType<Meilisearch['index']>['updateSettings']>[0],
) {
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
}) {
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

/** Latency of each query, sent one after the other with `key` over node:http, `repeats` times after a warm-up. */
export async function searchLatencies(args: {
  host: string;
  uid: string;
  key: string;
  queries: readonly BenchQuery[];
  repeats: number;
}): Promise<{ samples: number[]; zeroHits: number }> {
  const { host, uid, key } = args;
  const run = async (query: BenchQuery) => {
    const body = JSON.stringify(query);
    const started = performance.now();
    const response = await httpRequest(`${host}/indexes/${uid}/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
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
 * Publish → findable, `count` times: a new version of an entry in the CMS stand-in with a unique word
 * in its title, the signed webhook to the receiver, then searching with `searchKey` until it is found.
 */
export async function publishLatencies(args: {
  corpus: readonly SyntheticEntry[];
  cms: CorpusCms;
  receiverUrl: string;
  secret: string;
  meiliHost: string;
  searchKey: string;
  count: number;
}): Promise<number[]> {
  const { corpus, cms, secret } = args;
  const latencies: number[] = [];
  for (let i = 0; i < args.count; i++) {
    const { type, entry } = corpus[(i * 7919) % corpus.length] as { type: string; entry: RestEntry };
    const token = `publicering${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    cms.publish(type, { ...entry, title: `${String(entry.title).slice(0, 150)} ${token}` });
    const body = JSON.stringify({
      event: 'entry.publish',
      uid: `api::${type}.${type}`,
      documentId: entry.documentId,
      locale: entry.locale,
    });
    await httpRequest(`${args.receiverUrl}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signWebhook({ secret, body }) },
      body,
    });
    for (;;) {
      const response = await httpRequest(`${args.meiliHost}/indexes/knowledge/search`, {
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
  return latencies;
}
