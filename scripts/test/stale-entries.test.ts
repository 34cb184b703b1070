import { describe, expect, it } from 'vitest';
import { staleEntries, staleTable } from '../reports/stale-entries.ts';

const now = new Date('2026-11-30T12:00:00Z');
const entry = (documentId: string, lastVerifiedAt: string | null, locale = 'sv', title = `Post ${documentId}`) => ({
  type: 'method',
  documentId,
  locale,
  title,
  lastVerifiedAt,
});

describe('stale entries', () => {
  it('lists entries checked more than 18 months ago, or never, once per entry, oldest first', () => {
    const rows = staleEntries(
      [
        entry('fresh', '2026-01-10'),
        entry('old', '2024-03-01'),
        entry('old', '2024-03-01', 'en', 'Old post'),
        entry('never', null),
        entry('edge', '2025-05-30'),
        entry('older', '2023-12-24'),
      ],
      now,
    );
    expect(rows.map((row) => [row.documentId, row.lastVerifiedAt, row.locales.join(',')])).toEqual([
      ['never', null, 'sv'],
      ['older', '2023-12-24', 'sv'],
      ['old', '2024-03-01', 'sv,en'],
    ]);
    expect(rows[2]?.title).toBe('Post old');
  });

  it('prints a table with the cutoff in its heading', () => {
    const text = staleTable(staleEntries([entry('old', '2024-03-01')], now), now);
    expect(text.split('\n')).toEqual([
      'Senast kontrollerad före 2025-05-30 (mer än 18 månader sedan) eller aldrig: 1 poster',
      '',
      'Typ     Senast kontrollerad  Språk  Rubrik    Dokument-id',
      'method  2024-03-01           sv     Post old  old',
      '',
    ]);
  });
});
