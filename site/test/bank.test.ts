// The model every page reads: places per type, language fallback and list order.
import { describe, expect, it } from 'vitest';
import { sampleBank } from './sample-bank.ts';

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
