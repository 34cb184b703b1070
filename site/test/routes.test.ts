import { county, entryPath, municipalities, municipality, PUBLIC_TYPE_NAMES } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { ambiguousMunicipalitySlugs, municipalitySlug } from '../src/lib/places.ts';
import {
  areaPath,
  calendarFeedPath,
  countyPath,
  entryPagePath,
  listPath,
  municipalityPath,
  pagePath,
  rssPath,
  sectionPath,
} from '../src/lib/routes.ts';

const dalarna = county('20');
const fuel = { slug: 'drivmedel', nameEn: 'Fuel' };

describe('addresses', () => {
  it('puts Swedish pages at the root and English under /en/', () => {
    expect(sectionPath('sv', 'method')).toBe('/metoder/');
    expect(sectionPath('en', 'case-study')).toBe('/en/case-studies/');
    expect(pagePath('sv', 'search')).toBe('/sok/');
    expect(pagePath('en', 'openData')).toBe('/en/open-data/');
    expect(countyPath('sv', dalarna)).toBe('/lan/dalarna/');
    expect(countyPath('en', dalarna)).toBe('/en/county/dalarna/');
    expect(areaPath('en', fuel)).toBe('/en/area/fuel/');
    expect(rssPath('sv', 'event')).toBe('/evenemang/rss.xml');
    expect(calendarFeedPath('sv', 'funding')).toBe('/kalender/utlysningar.ics');
  });

  it('uses content-types for entry pages', () => {
    expect(entryPagePath({ type: 'method', slug: 'bystamma', locale: 'sv' })).toBe(
      entryPath({ type: 'method', slug: 'bystamma', locale: 'sv' }),
    );
  });

  it('keeps every list and filter at least two segments below its section, so no entry slug can collide', () => {
    const lists = [
      listPath('sv', 'method', { kind: 'all' }, 2),
      listPath('sv', 'method', { kind: 'area', area: fuel }),
      listPath('sv', 'method', { kind: 'area', area: fuel }, 3),
      listPath('sv', 'case-study', { kind: 'county', county: dalarna }),
      listPath('sv', 'funding-call', { kind: 'national' }),
      listPath('sv', 'funding-call', { kind: 'status', status: 'öppen' }),
      listPath('en', 'funding-call', { kind: 'status', status: 'stängd' }, 2),
    ];
    expect(lists).toEqual([
      '/metoder/sida/2/',
      '/metoder/omrade/drivmedel/',
      '/metoder/omrade/drivmedel/sida/3/',
      '/exempel/lan/dalarna/',
      '/utlysningar/lan/hela-sverige/',
      '/utlysningar/status/oppna/',
      '/en/funding-calls/status/closed/page/2/',
    ]);
    for (const type of PUBLIC_TYPE_NAMES) {
      for (const path of lists.filter((p) => p.startsWith(sectionPath('sv', type)))) {
        expect(path.slice(sectionPath('sv', type).length).split('/').filter(Boolean).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('gives every municipality its own address, and Habo and Håbo a page that asks which', () => {
    const paths = municipalities.map((m) => municipalityPath('sv', m));
    expect(new Set(paths).size).toBe(290);
    expect(municipalityPath('sv', municipality('2039'))).toBe('/kommun/alvdalen/');
    expect(ambiguousMunicipalitySlugs().map((s) => [s.slug, s.municipalities.map((m) => m.shortName).sort()])).toEqual([
      ['habo', ['Habo', 'Håbo']],
    ]);
    expect(
      municipalities
        .filter((m) => m.shortName.startsWith('Hab') || m.shortName.startsWith('Håb'))
        .map(municipalitySlug)
        .sort(),
    ).toEqual(['habo-jonkoping', 'habo-uppsala']);
  });
});
