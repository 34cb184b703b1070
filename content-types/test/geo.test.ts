import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  counties,
  countiesOfMunicipalities,
  county,
  countyOfMunicipality,
  findMunicipality,
  isMunicipalityCode,
  municipalities,
  municipalitiesInCounty,
  municipality,
  neighboursOf,
  UnknownPlaceCodeError,
} from '../src/geo/index.ts';

const csv = (name: string) =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

describe('reference data', () => {
  it('holds the 21 counties and 290 municipalities of the copied CSV files, codes as strings', () => {
    expect(counties).toHaveLength(21);
    expect(municipalities).toHaveLength(290);
    expect(counties.map((c) => [c.code, c.name, c.shortName])).toEqual(csv('se-counties.csv'));
    expect(municipalities.map((m) => [m.code, m.name, m.shortName, m.countyCode])).toEqual(
      csv('se-municipalities.csv'),
    );
    expect(municipality('0114').code).toBe('0114');
  });

  it('has symmetric neighbours from the copied list', () => {
    const source: Record<string, string[]> = JSON.parse(
      readFileSync(new URL('../data/se-municipality-neighbours.json', import.meta.url), 'utf8'),
    );
    for (const m of municipalities) {
      expect([...m.neighbours]).toEqual([...(source[m.code] ?? [])].sort());
      for (const n of m.neighbours) expect(municipality(n).neighbours).toContain(m.code);
    }
  });
});

describe('lookups', () => {
  it('finds a municipality by code and its county', () => {
    expect(municipality('2039').shortName).toBe('Älvdalen');
    expect(countyOfMunicipality('2039').name).toBe('Dalarnas län');
    expect(countyOfMunicipality('0180').shortName).toBe('Stockholm');
    expect(county('25').shortName).toBe('Norrbotten');
  });

  it('lists neighbours, and none for an island municipality', () => {
    expect(neighboursOf('2039').map((m) => m.shortName)).toEqual(
      expect.arrayContaining(['Mora', 'Malung-Sälen', 'Härjedalen']),
    );
    expect(neighboursOf('0980')).toEqual([]);
  });

  it('lists the municipalities of a county and the counties of a set of municipalities', () => {
    const gotland = municipalitiesInCounty('09');
    expect(gotland.map((m) => m.shortName)).toEqual(['Gotland']);
    expect(municipalitiesInCounty('20')).toHaveLength(15);
    expect(countiesOfMunicipalities(['2039', '2062', '0980'])).toEqual(['09', '20']);
  });

  it('refuses an unknown code with an error that names it', () => {
    expect(findMunicipality('9999')).toBeUndefined();
    expect(isMunicipalityCode('9999')).toBe(false);
    expect(isMunicipalityCode(2039)).toBe(false);
    expect(() => municipality('9999')).toThrow(UnknownPlaceCodeError);
    expect(() => countyOfMunicipality('9999')).toThrow('unknown municipality code "9999"');
    expect(() => county('02')).toThrow('unknown county code "02"');
    expect(() => municipalitiesInCounty('99')).toThrow(UnknownPlaceCodeError);
  });
});
