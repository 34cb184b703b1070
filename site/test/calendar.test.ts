import { describe, expect, it } from 'vitest';
import { byMonth, calendarItems } from '../src/lib/calendar.ts';
import { now, sampleBank } from './sample-bank.ts';

describe('calendar', () => {
  const bank = sampleBank();
  it('lists coming events, openings, deadlines and consultation dates, soonest first', () => {
    const items = calendarItems(bank, 'sv', now).map((item) => `${item.day} ${item.kind} ${item.entry.data.slug}`);
    expect(items).toEqual([
      '2026-12-01 deadline open-soon',
      '2026-12-14 event natverkstraff-i-dalarna',
      '2027-01-10 opens coming',
      '2027-01-15 consultation svar-pa-remiss',
      '2027-02-28 deadline coming',
      '2027-03-31 deadline open-late',
    ]);
    expect(byMonth(calendarItems(bank, 'sv', now)).map((group) => [group.month, group.items.length])).toEqual([
      ['2026-12', 2],
      ['2027-01', 2],
      ['2027-02', 1],
      ['2027-03', 1],
    ]);
  });
});
