import { describe, expect, it } from 'vitest';
import { fundingPerMonth, perArea, perCounty, perYear } from '../src/lib/statistics.ts';
import { sampleBank } from './sample-bank.ts';

describe('statistics', () => {
  const bank = sampleBank();
  it('counts documents per service area and county', () => {
    expect(perArea(bank, 'sv')).toEqual([
      { key: 'dagligvaror', value: 13 },
      { key: 'drivmedel', value: 1 },
    ]);
    expect(perCounty(bank, 'sv').slice(0, 2)).toEqual([
      { key: '20', value: 9 },
      { key: '23', value: 1 },
    ]);
  });

  it('fills the years and months between the first and the last', () => {
    expect(perYear(bank, 'sv')).toEqual([{ key: '2026', value: 14 }]);
    expect(fundingPerMonth(bank, 'sv').map((row) => `${row.key}:${row.value}`)).toEqual([
      '2026-06:1',
      '2026-07:0',
      '2026-08:0',
      '2026-09:0',
      '2026-10:0',
      '2026-11:0',
      '2026-12:1',
      '2027-01:0',
      '2027-02:1',
      '2027-03:1',
    ]);
  });
});
