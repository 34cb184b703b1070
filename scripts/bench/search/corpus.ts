// The search benchmark's corpus: the synthetic entries of one size.
import { type SyntheticEntry, syntheticCorpus } from '../../../tests/support/synthetic/corpus.ts';

/** The corpus of `entries` entries (seeded by its size, so each size is the same on every run). */
export function benchCorpus(entries: number, now: Date): SyntheticEntry[] {
  return syntheticCorpus({ count: entries, seed: entries, now });
}
