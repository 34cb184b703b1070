// The knowledge bank as the pages see it: every published entry with what the site computes for it
// (address, language versions, places, service areas, funding-call status), and the views pages
// ask for (a type's list, a county's entries, a municipality's). Built once per build from the
// loaded collections; pure, so it is tested without Astro.
import {
  type EntryByType,
  entryPath,
  type FundingCallStatus,
  fundingCallStatus,
  PUBLIC_TYPE_NAMES,
  type PublicTypeName,
  type ServiceArea,
} from '@skb/content-types';
import { compareText } from './collate.ts';
import type { Locale } from './i18n.ts';
import { networkListOrder } from './network-order.ts';
import { countyCodesOf, knownMunicipalityCodes } from './places.ts';

/** A service area with its names in both languages. */
export interface AreaInfo {
  slug: string;
  name: string;
  nameEn: string;
  description?: string | null;
}

interface EntryBase<K extends PublicTypeName> {
  type: K;
  /** The entry as the CMS serves it, validated. */
  data: EntryByType[K];
  /** `method/<documentId>`: one document across its language versions. */
  key: string;
  /** The language of this version. */
  locale: Locale;
  /** This version's page. */
  path: string;
  title: string;
  summary: string;
  publishedAt: string;
  /** Service areas, resolved against the taxonomy. */
  areas: AreaInfo[];
  /** SCB codes of the municipalities the entry is about (for a method: where it was used). */
  municipalities: string[];
  /** SCB codes of the counties it is about. */
  counties: string[];
  /** Applies to all of Sweden (a national funding call, a trend note without region). */
  national: boolean;
  /** Pages of the published versions, by language. */
  versions: Partial<Record<Locale, string>>;
  /** A funding call's status at build time. */
  status?: FundingCallStatus;
}

export type BankEntry = { [K in PublicTypeName]: EntryBase<K> }[PublicTypeName];
export type EntryOf<K extends PublicTypeName> = Extract<BankEntry, { type: K }>;

export interface BankInput {
  /** Validated entries of each type, every language version. */
  entries: { [K in PublicTypeName]: readonly EntryByType[K][] };
  serviceAreas: readonly ServiceArea[];
  /** The moment statuses are computed for. */
  now: Date;
}

type AnyData = EntryByType[PublicTypeName];

/** Municipalities an entry is about: where a case happened, where an event is, where a method was used. */
function municipalitiesOf(type: PublicTypeName, data: AnyData): string[] {
  if (type === 'case-study') return knownMunicipalityCodes((data as EntryByType['case-study']).municipalities);
  if (type === 'event') return knownMunicipalityCodes([(data as EntryByType['event']).municipality]);
  if (type === 'service-plan') return knownMunicipalityCodes([(data as EntryByType['service-plan']).municipality]);
  if (type === 'service-coordinator') {
    return knownMunicipalityCodes((data as EntryByType['service-coordinator']).municipalities);
  }
  if (type === 'method') {
    return knownMunicipalityCodes((data as EntryByType['method']).caseStudies.flatMap((ref) => ref.municipalities));
  }
  if (type === 'project' || type === 'network' || type === 'advocacy-action') {
    return knownMunicipalityCodes((data as EntryByType['project']).municipalities);
  }
  return [];
}

function countiesOf(
  type: PublicTypeName,
  data: AnyData,
  municipalities: string[],
): { counties: string[]; national: boolean } {
  if (type === 'funding-call') {
    const call = data as EntryByType['funding-call'];
    return { counties: [...call.counties].sort(), national: call.geography === 'nationell' };
  }
  if (type === 'trend-note') {
    const region = (data as EntryByType['trend-note']).region;
    return { counties: [...region].sort(), national: region.length === 0 };
  }
  if (type === 'project' || type === 'network' || type === 'advocacy-action') {
    // Their own counties and those of their municipalities; with neither they concern all of Sweden.
    const own = (data as EntryByType['project']).counties;
    const all = [...new Set([...countyCodesOf(municipalities), ...own])].sort();
    return { counties: all, national: all.length === 0 };
  }
  return { counties: countyCodesOf(municipalities), national: false };
}

const byNewest = (a: BankEntry, b: BankEntry) => b.publishedAt.localeCompare(a.publishedAt);
const time = (value: string) => Date.parse(value);

const STATUS_ORDER: Record<FundingCallStatus, number> = { öppen: 0, kommande: 1, stängd: 2 };

/** The order a type's list is read in. */
export function listOrder(type: PublicTypeName, now: Date): (a: BankEntry, b: BankEntry) => number {
  switch (type) {
    case 'method':
      return (a, b) => compareText('sv')(a.title, b.title);
    case 'funding-call':
      // Open calls first, closing soonest; then upcoming, opening soonest; then closed, latest first.
      return (a, b) => {
        const x = a.data as EntryByType['funding-call'];
        const y = b.data as EntryByType['funding-call'];
        const sa = a.status ?? 'stängd';
        const sb = b.status ?? 'stängd';
        if (sa !== sb) return STATUS_ORDER[sa] - STATUS_ORDER[sb];
        if (sa === 'öppen') return time(x.deadline) - time(y.deadline);
        if (sa === 'kommande') return time(x.opensAt) - time(y.opensAt);
        return time(y.deadline) - time(x.deadline);
      };
    case 'consultation-response':
      return (a, b) =>
        (b.data as EntryByType['consultation-response']).consultationDeadline.localeCompare(
          (a.data as EntryByType['consultation-response']).consultationDeadline,
        ) || byNewest(a, b);
    case 'event':
      // Coming and ongoing events first, soonest first; then past ones, latest first.
      return (a, b) => {
        const x = a.data as EntryByType['event'];
        const y = b.data as EntryByType['event'];
        const pastA = time(x.endsAt) < now.getTime();
        const pastB = time(y.endsAt) < now.getTime();
        if (pastA !== pastB) return pastA ? 1 : -1;
        return pastA ? time(y.startsAt) - time(x.startsAt) : time(x.startsAt) - time(y.startsAt);
      };
    default:
      return networkListOrder(type) ?? byNewest;
  }
}

export interface Bank {
  now: Date;
  /** Service areas in Swedish alphabetical order. */
  areas: AreaInfo[];
  /** The service area with this slug (Swedish slug). */
  area(slug: string): AreaInfo | undefined;
  /** One version of every document: the one in `locale` where it exists, else the other. */
  all(locale: Locale): BankEntry[];
  /** A type's entries in `locale`'s view, in list order. */
  ofType<K extends PublicTypeName>(locale: Locale, type: K): EntryOf<K>[];
  /** Every language version of a document. */
  versionsOf(key: string): Partial<Record<Locale, BankEntry>>;
  /** Every version of every document, for pages, feeds and open data. */
  everyVersion(): BankEntry[];
  /** Entries about a municipality, in `locale`'s view, newest first. */
  inMunicipality(locale: Locale, code: string): BankEntry[];
  /** Entries about a county (not counting national ones), newest first. */
  inCounty(locale: Locale, code: string): BankEntry[];
  /** Entries in a service area, newest first. */
  inArea(locale: Locale, slug: string): BankEntry[];
}

/** Builds the bank from the loaded collections. */
export function createBank(input: BankInput): Bank {
  const { now } = input;
  const areaList = [...input.serviceAreas]
    .map((area) => ({ slug: area.slug, name: area.name, nameEn: area.nameEn, description: area.description }))
    .sort((a, b) => compareText('sv')(a.name, b.name));
  const areasBySlug = new Map(areaList.map((area) => [area.slug, area]));

  const versions = new Map<string, Partial<Record<Locale, BankEntry>>>();
  for (const type of PUBLIC_TYPE_NAMES) {
    for (const data of input.entries[type] as readonly AnyData[]) {
      const locale: Locale = data.locale === 'en' ? 'en' : 'sv';
      const municipalities = municipalitiesOf(type, data);
      const { counties, national } = countiesOf(type, data, municipalities);
      const key = `${type}/${data.documentId}`;
      const entry = {
        type,
        data,
        key,
        locale,
        path: entryPath({ type, slug: data.slug, locale }),
        title: data.title,
        summary: data.summary,
        publishedAt: data.publishedAt ?? data.updatedAt,
        areas: data.serviceAreas.map(
          (ref) => areasBySlug.get(ref.slug) ?? { slug: ref.slug, name: ref.name, nameEn: ref.name },
        ),
        municipalities,
        counties,
        national,
        versions: {},
        ...(type === 'funding-call' ? { status: fundingCallStatus(data as EntryByType['funding-call'], now) } : {}),
      } as BankEntry;
      versions.set(key, { ...versions.get(key), [locale]: entry });
    }
  }
  for (const set of versions.values()) {
    const paths = Object.fromEntries(Object.entries(set).map(([locale, entry]) => [locale, entry.path]));
    for (const entry of Object.values(set)) entry.versions = paths;
  }

  const memo = new Map<string, unknown>();
  function cached<T>(key: string, make: () => T): T {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  }

  const all = (locale: Locale): BankEntry[] =>
    cached(`all:${locale}`, () =>
      [...versions.values()]
        .map((set) => set[locale] ?? set[locale === 'sv' ? 'en' : 'sv'])
        .filter((entry): entry is BankEntry => Boolean(entry))
        .sort(byNewest),
    );

  const index = (locale: Locale, name: string, keysOf: (entry: BankEntry) => readonly string[]) =>
    cached(`${name}:${locale}`, () => {
      const map = new Map<string, BankEntry[]>();
      for (const entry of all(locale)) {
        for (const key of keysOf(entry)) {
          const list = map.get(key);
          if (list) list.push(entry);
          else map.set(key, [entry]);
        }
      }
      return map;
    });

  return {
    now,
    areas: areaList,
    area: (slug) => areasBySlug.get(slug),
    all,
    ofType: <K extends PublicTypeName>(locale: Locale, type: K) =>
      cached(`type:${locale}:${type}`, () =>
        all(locale)
          .filter((entry) => entry.type === type)
          .sort(listOrder(type, now)),
      ) as EntryOf<K>[],
    versionsOf: (key) => versions.get(key) ?? {},
    everyVersion: () => cached('every', () => [...versions.values()].flatMap((set) => Object.values(set))),
    inMunicipality: (locale, code) => index(locale, 'municipality', (entry) => entry.municipalities).get(code) ?? [],
    inCounty: (locale, code) => index(locale, 'county', (entry) => entry.counties).get(code) ?? [],
    inArea: (locale, slug) => index(locale, 'area', (entry) => entry.areas.map((area) => area.slug)).get(slug) ?? [],
  };
}
