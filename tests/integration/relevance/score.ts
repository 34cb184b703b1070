// Scores of a relevance run: recall@10 (the share of the entries a query must find that are among its
// first ten hits) and MRR (the mean of 1 / the rank of the first entry it must find, 0 when none is in
// the first ten), per category and over all queries.
import type { Category, RelevanceCase } from './queries.ts';

export const CUTOFF = 10;

export interface CaseResult {
  case: RelevanceCase;
  /** 1-based rank of each entry the case must find, null when not among the first ten. */
  ranks: (number | null)[];
}

export interface Score {
  queries: number;
  recallAt10: number;
  mrr: number;
}

export const passed = (result: CaseResult) => result.ranks.every((rank) => rank !== null);

export function caseScore(result: CaseResult): { recall: number; reciprocalRank: number } {
  const found = result.ranks.filter((rank): rank is number => rank !== null);
  return {
    recall: found.length / result.ranks.length,
    reciprocalRank: found.length === 0 ? 0 : 1 / Math.min(...found),
  };
}

export function score(results: readonly CaseResult[]): Score {
  const scores = results.map(caseScore);
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    queries: results.length,
    recallAt10: mean(scores.map((s) => s.recall)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
  };
}

export function scoreByCategory(results: readonly CaseResult[]): Map<Category, Score> {
  const byCategory = new Map<Category, CaseResult[]>();
  for (const result of results) {
    const list = byCategory.get(result.case.category) ?? [];
    list.push(result);
    byCategory.set(result.case.category, list);
  }
  return new Map([...byCategory].map(([category, list]) => [category, score(list)]));
}
