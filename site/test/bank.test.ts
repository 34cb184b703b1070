// The model every page reads: places per type, language fallback, list order, static filter pages,
// the calendar and the statistics.
import { describe, expect, it } from 'vitest';
import { createBank } from '../src/lib/bank.ts';
import { byMonth, calendarItems } from '../src/lib/calendar.ts';
import { filterOptions, listPages, PAGE_SIZE, paginate } from '../src/lib/listing.ts';
import { fundingPerMonth, perArea, perCounty, perYear } from '../src/lib/statistics.ts';
import {
  AREAS,
  caseStudy,
  consultationResponse,
  event,
  fundingCall,
  method,
  noEntries,
  serviceAreas,
  trendNote,
} from './fixtures.ts';

const now = new Date('2026-11-26T12:00:00.000Z');

function sampleBank() {
  const entries = noEntries();
  entries.method.push(
    method({
      caseStudies: [
        {
          documentId: 'c1',
          title: 'Sörsjön',
          slug: 'sorsjon',
          locale: 'sv',
          municipalities: ['2039', '9999'],
          coordinates: null,
        },
      ],
    }),
    method({ documentId: 'm1', locale: 'en', title: 'Village assembly', slug: 'village-assembly', caseStudies: [] }),
    method({
      documentId: 'm2',
      title: 'Åkeriet som blev bybuss',
      slug: 'akeriet',
      publishedAt: '2026-07-01T10:00:00.000Z',
      serviceAreas: [AREAS.drivmedel],
    }),
    method({ documentId: 'm3', locale: 'en', title: 'Only in English', slug: 'only-in-english' }),
  );
  entries['case-study'].push(
    caseStudy(),
    caseStudy({ documentId: 'c2', slug: 'mora', title: 'Mora', municipalities: ['2062', '2039'] }),
  );
  entries['funding-call'].push(
    fundingCall({ documentId: 'open-late', slug: 'open-late', deadline: '2027-03-31T21:59:00.000Z' }),
    fundingCall({
      documentId: 'open-soon',
      slug: 'open-soon',
      deadline: '2026-12-01T21:59:00.000Z',
      geography: 'nationell',
      counties: [],
    }),
    fundingCall({
      documentId: 'coming',
      slug: 'coming',
      opensAt: '2027-01-10T08:00:00.000Z',
      deadline: '2027-02-28T21:59:00.000Z',
    }),
    fundingCall({
      documentId: 'closed',
      slug: 'closed',
      opensAt: '2026-01-01T08:00:00.000Z',
      deadline: '2026-06-30T21:59:00.000Z',
    }),
  );
  entries['consultation-response'].push(consultationResponse({ consultationDeadline: '2027-01-15' }));
  entries['trend-note'].push(trendNote(), trendNote({ documentId: 't2', slug: 't2', region: ['20', '23'] }));
  entries.event.push(
    event(),
    event({ documentId: 'e2', slug: 'past', startsAt: '2026-10-01T08:00:00.000Z', endsAt: '2026-10-01T12:00:00.000Z' }),
  );
  return createBank({ entries, serviceAreas, now });
}

describe('the bank', () => {
  const bank = sampleBank();

  it('places a case study in its municipalities and their counties', () => {
    const mora = bank.all('sv').find((e) => e.key === 'case-study/c2');
    expect(mora?.municipalities).toEqual(['2062', '2039']);
    expect(mora?.counties).toEqual(['20']);
  });

  it('places a method where its case studies happened, ignoring unknown codes', () => {
    const m = bank.versionsOf('method/m1').sv;
    expect(m?.municipalities).toEqual(['2039']);
    expect(m?.counties).toEqual(['20']);
  });

  it('marks national funding calls and trend notes without region', () => {
    expect(
      bank
        .all('sv')
        .filter((e) => e.national)
        .map((e) => e.key)
        .sort(),
    ).toEqual(['funding-call/open-soon', 'trend-note/t1']);
  });

  it('computes funding-call statuses at build time', () => {
    expect(Object.fromEntries(bank.ofType('sv', 'funding-call').map((e) => [e.data.documentId, e.status]))).toEqual({
      'open-soon': 'öppen',
      'open-late': 'öppen',
      coming: 'kommande',
      closed: 'stängd',
    });
  });

  it('lists funding calls open first (closing soonest), then upcoming, then closed', () => {
    expect(bank.ofType('sv', 'funding-call').map((e) => e.data.documentId)).toEqual([
      'open-soon',
      'open-late',
      'coming',
      'closed',
    ]);
  });

  it('lists coming events before past ones', () => {
    expect(bank.ofType('sv', 'event').map((e) => e.data.slug)).toEqual(['natverkstraff-i-dalarna', 'past']);
  });

  it('shows each document once per language, falling back to the other language', () => {
    expect(bank.ofType('sv', 'method').map((e) => `${e.locale}:${e.title}`)).toEqual([
      'sv:Bystämma om servicen',
      'en:Only in English',
      'sv:Åkeriet som blev bybuss',
    ]);
    expect(bank.ofType('en', 'method').map((e) => `${e.locale}:${e.title}`)).toEqual([
      'en:Only in English',
      'en:Village assembly',
      'sv:Åkeriet som blev bybuss',
    ]);
  });

  it('links language versions to each other', () => {
    expect(bank.versionsOf('method/m1').sv?.versions).toEqual({
      sv: '/metoder/bystamma-om-servicen/',
      en: '/en/methods/village-assembly/',
    });
  });

  it('finds entries by municipality, county and service area', () => {
    expect(bank.inMunicipality('sv', '2062').map((e) => e.key)).toEqual(['case-study/c2']);
    expect(bank.inCounty('sv', '23').map((e) => e.key)).toEqual(['trend-note/t2']);
    expect(bank.inArea('sv', 'drivmedel').map((e) => e.key)).toEqual(['method/m2']);
  });
});

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
