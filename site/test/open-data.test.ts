import { describe, expect, it } from 'vitest';
import { createBank } from '../src/lib/bank.ts';
import { csv } from '../src/lib/feeds/csv.ts';
import { csvRow, OPEN_DATA_FIELDS, openDataRecords } from '../src/lib/open-data.ts';
import { caseStudy, fundingCall, noEntries, serviceAreas } from './fixtures.ts';

describe('open data', () => {
  const entries = noEntries();
  entries['case-study'].push(caseStudy({ municipalities: ['2039', '2062'], summary: 'Butik, bensin och "paket"' }));
  entries['funding-call'].push(fundingCall());
  const bank = createBank({ entries, serviceAreas, now: new Date('2026-11-26T12:00:00Z') });
  const records = openDataRecords(bank, (path) => `https://skb.example${path}`);

  it('has every field in the documented order', () => {
    for (const record of records) expect(Object.keys(record)).toEqual([...OPEN_DATA_FIELDS]);
  });

  it('carries SCB codes with names, absolute addresses and type fields', () => {
    const record = records.find((r) => r.type === 'case-study');
    expect(record).toMatchObject({
      municipalityCodes: ['2039', '2062'],
      municipalityNames: ['Älvdalens kommun', 'Mora kommun'],
      countyCodes: ['20'],
      countyNames: ['Dalarnas län'],
      url: 'https://skb.example/exempel/sorsjon-samlade-servicen/',
      startedYear: 2023,
      deadline: null,
    });
    expect(records.find((r) => r.type === 'funding-call')).toMatchObject({
      fundingStatus: 'öppen',
      amountMax: 200_000,
      countyCodes: ['20'],
    });
  });

  it('writes lists with semicolons and quotes text with commas in the CSV', () => {
    const text = csv(OPEN_DATA_FIELDS, records.map(csvRow));
    expect(text).toContain('2039;2062');
    expect(text).toContain('"Butik, bensin och ""paket"""');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${OPEN_DATA_FIELDS.join(',')}`);
  });
});
