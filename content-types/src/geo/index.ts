import { COUNTY_RECORDS, MUNICIPALITY_RECORDS } from './reference-data.ts';
import type { CountyRecord, MunicipalityRecord } from './types.ts';

export type { CountyRecord, MunicipalityRecord } from './types.ts';

/** A municipality or county code that is not in SCB's list. */
export class UnknownPlaceCodeError extends Error {
  readonly code: string;
  constructor(kind: 'municipality' | 'county', code: string) {
    super(`unknown ${kind} code "${code}"`);
    this.name = 'UnknownPlaceCodeError';
    this.code = code;
  }
}

const countiesByCode = new Map(COUNTY_RECORDS.map((county) => [county.code, county]));
const municipalitiesByCode = new Map(MUNICIPALITY_RECORDS.map((m) => [m.code, m]));

/** Sweden's 21 counties in SCB code order. */
export const counties: readonly CountyRecord[] = COUNTY_RECORDS;
/** Sweden's 290 municipalities in SCB code order. */
export const municipalities: readonly MunicipalityRecord[] = MUNICIPALITY_RECORDS;

export function isCountyCode(code: unknown): code is string {
  return typeof code === 'string' && countiesByCode.has(code);
}

export function isMunicipalityCode(code: unknown): code is string {
  return typeof code === 'string' && municipalitiesByCode.has(code);
}

/** The county with this SCB code, or `undefined`. */
export function findCounty(code: string): CountyRecord | undefined {
  return countiesByCode.get(code);
}

/** The municipality with this SCB code, or `undefined`. */
export function findMunicipality(code: string): MunicipalityRecord | undefined {
  return municipalitiesByCode.get(code);
}

/** The county with this SCB code; throws `UnknownPlaceCodeError` for an unknown code. */
export function county(code: string): CountyRecord {
  const found = countiesByCode.get(code);
  if (!found) throw new UnknownPlaceCodeError('county', code);
  return found;
}

/** The municipality with this SCB code; throws `UnknownPlaceCodeError` for an unknown code. */
export function municipality(code: string): MunicipalityRecord {
  const found = municipalitiesByCode.get(code);
  if (!found) throw new UnknownPlaceCodeError('municipality', code);
  return found;
}

/** The county a municipality belongs to. */
export function countyOfMunicipality(code: string): CountyRecord {
  return county(municipality(code).countyCode);
}

/** The municipalities that share a border with this one (none for island municipalities). */
export function neighboursOf(code: string): MunicipalityRecord[] {
  return municipality(code).neighbours.map((neighbour) => municipality(neighbour));
}

/** The municipalities of a county, in SCB code order. */
export function municipalitiesInCounty(countyCode: string): MunicipalityRecord[] {
  county(countyCode);
  return MUNICIPALITY_RECORDS.filter((m) => m.countyCode === countyCode);
}

/** Distinct county codes of a list of municipality codes, in SCB order. */
export function countiesOfMunicipalities(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => municipality(code).countyCode))].sort();
}
