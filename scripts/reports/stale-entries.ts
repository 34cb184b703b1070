// Which published methods and case studies are overdue for a check, as rows for a report. Pure.
import { isVerificationOverdue, verificationCutoff } from '@skb/content-types';

/** What the report needs of an entry. */
export interface VerifiedEntry {
  type: string;
  documentId: string;
  locale: string;
  title: string;
  lastVerifiedAt?: string | null;
}

export interface StaleRow {
  type: string;
  documentId: string;
  title: string;
  /** The languages the entry is published in. */
  locales: string[];
  lastVerifiedAt: string | null;
}

/**
 * The overdue entries at `now`, one row per entry (its language versions share the date), the
 * never-checked first, then the oldest check first.
 */
export function staleEntries(entries: readonly VerifiedEntry[], now: Date): StaleRow[] {
  const rows = new Map<string, StaleRow>();
  for (const entry of entries) {
    if (!isVerificationOverdue(entry.lastVerifiedAt, now)) continue;
    const key = `${entry.type}/${entry.documentId}`;
    const row = rows.get(key);
    if (row) {
      row.locales.push(entry.locale);
      // The Swedish title names the entry when there is one.
      if (entry.locale === 'sv') row.title = entry.title;
    } else {
      rows.set(key, {
        type: entry.type,
        documentId: entry.documentId,
        title: entry.title,
        locales: [entry.locale],
        lastVerifiedAt: entry.lastVerifiedAt ?? null,
      });
    }
  }
  return [...rows.values()].sort(
    (a, b) => (a.lastVerifiedAt ?? '').localeCompare(b.lastVerifiedAt ?? '') || a.title.localeCompare(b.title, 'sv'),
  );
}

/** The report as a plain-text table, with a heading line that says what "overdue" means today. */
export function staleTable(rows: readonly StaleRow[], now: Date): string {
  const heading = `Senast kontrollerad före ${verificationCutoff(now)} (mer än 18 månader sedan) eller aldrig: ${rows.length} poster`;
  if (rows.length === 0) return `${heading}\n`;
  const table = [
    ['Typ', 'Senast kontrollerad', 'Språk', 'Rubrik', 'Dokument-id'],
    ...rows.map((row) => [row.type, row.lastVerifiedAt ?? 'aldrig', row.locales.join(','), row.title, row.documentId]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length))) ?? [];
  const lines = table.map((line) =>
    line
      .map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  return `${heading}\n\n${lines.join('\n')}\n`;
}
