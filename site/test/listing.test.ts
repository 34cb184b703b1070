// The static list pages: the filters that have entries, a page per filter, pages of twenty.
import { describe, expect, it } from 'vitest';
import { filterOptions, listPages, PAGE_SIZE, paginate } from '../src/lib/listing.ts';
import { sampleBank } from './sample-bank.ts';

describe('static lists', () => {
  const bank = sampleBank();

  it('offers only filters that have entries', () => {
    const options = filterOptions(bank, 'sv', 'funding-call');
    expect(options.counties.map((o) => [o.county.code, o.count])).toEqual([['20', 3]]);
    expect(options.national).toBe(1);
    expect(options.statuses).toEqual([
      { status: 'öppen', count: 2 },
      { status: 'kommande', count: 1 },
      { status: 'stängd', count: 1 },
    ]);
    expect(filterOptions(bank, 'sv', 'consultation-response').counties).toEqual([]);
  });

  it('makes a page for the full list and for each filter', () => {
    const pages = listPages(bank, 'sv', 'funding-call');
    expect(pages.map((p) => [p.filter.kind, p.total])).toEqual([
      ['all', 4],
      ['area', 4],
      ['county', 3],
      ['national', 1],
      ['status', 2],
      ['status', 1],
      ['status', 1],
    ]);
  });

  it('splits long lists into pages of twenty', () => {
    expect(paginate(Array.from({ length: 45 }, (_, i) => i)).map((page) => page.length)).toEqual([
      PAGE_SIZE,
      PAGE_SIZE,
      5,
    ]);
    expect(paginate([])).toEqual([[]]);
  });
});
