// Counties and municipalities as the site addresses them: `/lan/dalarna/`, `/kommun/alvdalen/`.
// Slugs come from the short names; the two municipalities whose names fold to the same slug
// (Habo and Håbo) get their county's slug appended, and the shared slug becomes a page that asks
// which one the reader meant.
import {
  type CountyRecord,
  findCounty,
  findMunicipality,
  type MunicipalityRecord,
  municipalities,
  slugify,
} from '@skb/content-types';

export const countySlug = (county: CountyRecord): string => slugify(county.shortName);

const bySlug = new Map<string, MunicipalityRecord[]>();
for (const m of municipalities) {
  const slug = slugify(m.shortName);
  bySlug.set(slug, [...(bySlug.get(slug) ?? []), m]);
}

const municipalitySlugs = new Map<string, string>();
for (const [slug, list] of bySlug) {
  for (const m of list) {
    const county = findCounty(m.countyCode);
    municipalitySlugs.set(m.code, list.length > 1 && county ? `${slug}-${countySlug(county)}` : slug);
  }
}

/** The address part of a municipality's page: `alvdalen`, `habo-jonkoping`. */
export function municipalitySlug(municipality: MunicipalityRecord): string {
  return municipalitySlugs.get(municipality.code) ?? slugify(municipality.shortName);
}

/** Slugs shared by more than one municipality, with the municipalities that share them. */
export function ambiguousMunicipalitySlugs(): { slug: string; municipalities: MunicipalityRecord[] }[] {
  return [...bySlug].filter(([, list]) => list.length > 1).map(([slug, list]) => ({ slug, municipalities: list }));
}

/** Known municipality codes of a list that may hold anything (an entry reference's raw field). */
export function knownMunicipalityCodes(codes: readonly unknown[]): string[] {
  return [
    ...new Set(codes.filter((code): code is string => typeof code === 'string' && Boolean(findMunicipality(code)))),
  ];
}

/** Distinct county codes of municipality codes, in SCB order. */
export function countyCodesOf(municipalityCodes: readonly string[]): string[] {
  return [
    ...new Set(municipalityCodes.map((code) => findMunicipality(code)?.countyCode).filter(Boolean) as string[]),
  ].sort();
}

/** A county's name in a language: `Dalarnas län`, `Dalarna County`. */
export function countyName(county: CountyRecord, locale: 'sv' | 'en'): string {
  return locale === 'en' ? `${county.shortName} County` : county.name;
}

/** A municipality's name in a language: `Älvdalens kommun`, `Älvdalen Municipality`. */
export function municipalityName(municipality: MunicipalityRecord, locale: 'sv' | 'en'): string {
  return locale === 'en' ? `${municipality.shortName} Municipality` : municipality.name;
}
