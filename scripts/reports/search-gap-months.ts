// The most frequent search gaps per month, for the report. Pure.
import { stockholmDate } from '@skb/content-types';

export interface SearchGap {
  query: string;
  locale: string;
  /** When it was reported (ISO 8601). */
  createdAt: string;
}

export interface GapMonth {
  /** YYYY-MM, in Stockholm. */
  month: string;
  /** Reports in the month, all queries together. */
  total: number;
  top: { query: string; count: number; locales: string[] }[];
}

/** Per month, newest month first, the `top` queries by count (ties in Swedish alphabetical order). */
export function searchGapMonths(gaps: readonly SearchGap[], options: { top: number }): GapMonth[] {
  const months = new Map<string, Map<string, { count: number; locales: Set<string> }>>();
  for (const gap of gaps) {
    const month = stockholmDate(new Date(gap.createdAt)).slice(0, 7);
    const queries = months.get(month) ?? new Map();
    months.set(month, queries);
    const counted = queries.get(gap.query) ?? { count: 0, locales: new Set<string>() };
    counted.count++;
    counted.locales.add(gap.locale);
    queries.set(gap.query, counted);
  }
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, queries]) => ({
      month,
      total: [...queries.values()].reduce((sum, counted) => sum + counted.count, 0),
      top: [...queries.entries()]
        .sort(([qa, a], [qb, b]) => b.count - a.count || qa.localeCompare(qb, 'sv'))
        .slice(0, options.top)
        .map(([query, counted]) => ({ query, count: counted.count, locales: [...counted.locales].sort() })),
    }));
}

/** The months as text: a heading per month, then count and query per line. */
export function searchGapText(months: readonly GapMonth[]): string {
  if (months.length === 0) return 'Inga sökningar utan träff har rapporterats.\n';
  return months
    .map((month) => {
      const width = Math.max(...month.top.map((row) => String(row.count).length));
      const lines = month.top.map(
        (row) => `  ${String(row.count).padStart(width)}  ${row.query}  (${row.locales.join(',')})`,
      );
      return `${month.month}: ${month.total} sökningar utan träff\n${lines.join('\n')}\n`;
    })
    .join('\n');
}
