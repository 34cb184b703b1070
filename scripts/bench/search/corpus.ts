// The search benchmark's corpus: the synthetic entries of one size, and the same entries mapped to
// search documents in request-sized batches, for the raw Meilisearch baselines.
import { toSearchDocument } from '@skb/search-indexer';
import { type SyntheticEntry, syntheticCorpus } from '../../../tests/support/synthetic/corpus.ts';

/** The corpus of `entries` entries (seeded by its size, so each size is the same on every run). */
export function benchCorpus(entries: number, now: Date): SyntheticEntry[] {
  return syntheticCorpus({ count: entries, seed: entries, now });
}

/** The corpus's search documents, `batchSize` to a JSON request body. */
export function documentBatches(corpus: readonly SyntheticEntry[], now: Date, batchSize: number): Buffer[] {
  const batches: Buffer[] = [];
  for (let i = 0; i < corpus.length; i += batchSize) {
    const documents = corpus.slice(i, i + batchSize).map(({ type, entry }) => toSearchDocument(type, entry, now));
    batches.push(Buffer.from(JSON.stringify(documents)));
  }
  return batches;
}
