import { describe, expect, it } from 'vitest';
import { searchGapMonths, searchGapText } from '../reports/search-gap-months.ts';

const gap = (query: string, createdAt: string, locale = 'sv') => ({ query, createdAt, locale });

describe('search gaps per month', () => {
  const gaps = [
    gap('laddstolpe', '2026-10-03T10:00:00Z'),
    gap('laddstolpe', '2026-10-20T10:00:00Z', 'en'),
    gap('apoteksombud öppettider', '2026-10-21T10:00:00Z'),
    gap('bensinpump', '2026-10-22T10:00:00Z'),
    // 23:30 UTC on 31 October is 1 November in Stockholm.
    gap('laddstolpe', '2026-10-31T23:30:00Z'),
    gap('drönare', '2026-11-02T10:00:00Z'),
  ];

  it('counts the most frequent per month, newest month first, in Stockholm time', () => {
    expect(searchGapMonths(gaps, { top: 2 })).toEqual([
      {
        month: '2026-11',
        total: 2,
        top: [
          { query: 'drönare', count: 1, locales: ['sv'] },
          { query: 'laddstolpe', count: 1, locales: ['sv'] },
        ],
      },
      {
        month: '2026-10',
        total: 4,
        top: [
          { query: 'laddstolpe', count: 2, locales: ['en', 'sv'] },
          { query: 'apoteksombud öppettider', count: 1, locales: ['sv'] },
        ],
      },
    ]);
  });

  it('prints a heading per month and a line per query', () => {
    expect(searchGapText(searchGapMonths(gaps.slice(0, 2), { top: 5 }))).toBe(
      '2026-10: 2 sökningar utan träff\n  2  laddstolpe  (en,sv)\n',
    );
    expect(searchGapText([])).toBe('Inga sökningar utan träff har rapporterats.\n');
  });
});
