// What the search benchmark measures, one function per figure: ingest throughput of raw
// addDocuments, search latency per query on several indexes side by side, and publish → findable
// latency through the admin's content-manager API; and the percentiles it reports them by.
import { randomBytes } from 'node:crypto';
import { httpRequest, waitForSuccess } from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import type { AdminApi } from '../strapi/services.ts';
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

/** Every document of an index, read back through the documents route (hidden fields included). */
export async function exportDocuments(client: Meilisearch, uid: string): Promise<Record<string, unknown>[]> {
  const documents: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index(uid).getDocuments({ limit: 1000, offset });
    documents.push(...(page.results as Record<string, unknown>[]));
    if (page.results.length < 1000) return documents;
  }
}

/** `documents`, `batchSize` to a JSON request body. */
export function toBatches(documents: readonly Record<string, unknown>[], batchSize: number): Buffer[] {
  const batches: Buffer[] = [];
  for (let i = 0; i < documents.length; i += batchSize) {
    batches.push(Buffer.from(JSON.stringify(documents.slice(i, i + batchSize))));
  }
  return batches;
}

export interface SearchTarget {
  name: string;
  uid: string;
  /** A search-only key of the index. */
  key: string;
}

/**
 * The latency of every query on every target, `repeats` times after a warm-up round, one request at a
 * time over node:http keep-alive: for each query the targets take turns in a rotating order, so that
 * a moment of load on the shared machine falls on all of them alike.
 */
export async function compareSearch(args: {
  host: string;
  targets: readonly SearchTarget[];
  queries: readonly BenchQuery[];
  repeats: number;
}): Promise<Map<string, { samples: number[]; zeroHits: number }>> {
  const run = async (target: SearchTarget, query: BenchQuery) => {
    const body = JSON.stringify(query);
    const started = performance.now();
    const response = await httpRequest(`${args.host}/indexes/${target.uid}/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.key}`, 'content-type': 'application/json' },
      body,
    });
    const elapsed = performance.now() - started;
    if (response.status !== 200)
      throw new Error(`search on ${target.name} failed (${response.status}): ${response.body}`);
    return { elapsed, hits: (JSON.parse(response.body) as { hits: unknown[] }).hits.length };
  };
  const results = new Map(args.targets.map((target) => [target.name, { samples: [] as number[], zeroHits: 0 }]));
  for (const query of args.queries) for (const target of args.targets) await run(target, query); // warm-up
  let turn = 0;
  for (let repeat = 0; repeat < args.repeats; repeat++) {
    for (const query of args.queries) {
      turn++;
      for (let k = 0; k < args.targets.length; k++) {
        const target = args.targets[(turn + k) % args.targets.length] as SearchTarget;
        const { elapsed, hits } = await run(target, query);
        const result = results.get(target.name) as { samples: number[]; zeroHits: number };
        result.samples.push(elapsed);
        if (repeat === 0 && hits === 0 && !query.page) result.zeroHits += 1;
      }
    }
  }
  return results;
}

/** An entry to publish again: its type's uid and its document id. */
export interface PublishTarget {
  uid: string;
  documentId: string;
}

/** One publish: in all, Strapi's answer to the publish request, and from that answer until search finds it. */
export interface PublishLatency {
  totalMs: number;
  cmsMs: number;
  toIndexMs: number;
}

/**
 * Publish → findable, once per target: the entry's edit form read through the content manager (as the
 * admin panel has it open), then the clock starts, the form is sent to the content manager's publish
 * action with a unique word in the title (the admin panel's "Publicera" with an unsaved change: update
 * and publish in one request), the CMS's outbox tells the indexer, and the search-only key searches
 * every 5 ms until the word is found.
 */
export async function adminPublishLatencies(args: {
  admin: AdminApi;
  targets: readonly PublishTarget[];
  meiliHost: string;
  searchKey: string;
}): Promise<PublishLatency[]> {
  const latencies: PublishLatency[] = [];
  for (const [i, { uid, documentId }] of args.targets.entries()) {
    const entryPath = `/content-manager/collection-types/${uid}/${documentId}`;
    const current = await args.admin.send('GET', `${entryPath}?locale=sv`);
    if (current.status !== 200) throw new Error(`GET ${entryPath}: ${current.status} ${JSON.stringify(current.body)}`);
    const {
      id: _id,
      documentId: _documentId,
      createdAt: _c,
      updatedAt: _u,
      publishedAt: _p,
      createdBy: _cb,
      updatedBy: _ub,
      localizations: _l,
      ...form
    } = (current.body as { data: Record<string, unknown> }).data;
    // Relations come as counts; the admin panel sends only the ones an editor changed.
    for (const [field, value] of Object.entries(form)) {
      if (value && typeof value === 'object' && !Array.isArray(value) && 'count' in value) delete form[field];
    }
    const token = `publicering${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    const published = await args.admin.send('POST', `${entryPath}/actions/publish?locale=sv`, {
      ...form,
      title: `${String(form.title).slice(0, 150)} ${token}`,
    });
    if (published.status !== 200)
      throw new Error(`publish ${uid} ${documentId}: ${published.status} ${JSON.stringify(published.body)}`);
    const answered = performance.now();
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
    const found = performance.now();
    latencies.push({ totalMs: found - started, cmsMs: answered - started, toIndexMs: found - answered });
  }
  return latencies;
}
