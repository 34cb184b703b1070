// The static lists of a section: every page of the full list and of each filter (service area,
// county, all of Sweden, funding-call status), so readers can browse and narrow down without any
// JavaScript. Only filters with entries get pages, and only those are offered as links.
import { type CountyRecord, counties, type FundingCallStatus, type PublicTypeName } from '@skb/content-types';
import type { AreaInfo, Bank, BankEntry } from './bank.ts';
import { compareText } from './collate.ts';
import type { Locale } from './i18n.ts';
import { type ListFacet, listFacets, sortFacetValues } from './list-facets.ts';
import { FUNDING_STATUSES, type ListFilter } from './routes.ts';

export const PAGE_SIZE = 20;

/** Types whose entries have a place, so their lists can be narrowed to a county. */
export const PLACED_TYPES: readonly PublicTypeName[] = [
  'method',
  'case-study',
  'funding-call',
  'trend-note',
  'event',
  'service-plan',
  'service-coordinator',
  'project',
  'network',
  'advocacy-action',
];
/** Types whose entries can apply to all of Sweden. */
export const NATIONAL_TYPES: readonly PublicTypeName[] = [
  'funding-call',
  'trend-note',
  'project',
  'network',
  'advocacy-action',
];

export interface ListPage {
  locale: Locale;
  type: PublicTypeName;
  filter: ListFilter;
  page: number;
  pageCount: number;
  total: number;
  entries: BankEntry[];
}

export interface FilterOptions {
  areas: { area: AreaInfo; count: number }[];
  counties: { county: CountyRecord; count: number }[];
  national: number;
  statuses: { status: FundingCallStatus; count: number }[];
  /** The type's own filters (a project's status, an advocacy action's year), values with entries only. */
  facets: { facet: ListFacet; values: { value: string; count: number }[] }[];
}

function matches(entry: BankEntry, filter: ListFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'area':
      return entry.areas.some((area) => area.slug === filter.area.slug);
    case 'county':
      return entry.counties.includes(filter.county.code);
    case 'national':
      return entry.national;
    case 'status':
      return entry.status === filter.status;
    case 'facet':
      return (
        listFacets(entry.type)
          .find((facet) => facet.name === filter.facet)
          ?.values(entry) ?? []
      ).includes(filter.value);
  }
}

const optionsMemo = new WeakMap<Bank, Map<string, FilterOptions>>();

/** What a section's list can be narrowed to, with how many entries each choice has. */
export function filterOptions(bank: Bank, locale: Locale, type: PublicTypeName): FilterOptions {
  const memo = optionsMemo.get(bank) ?? new Map<string, FilterOptions>();
  optionsMemo.set(bank, memo);
  const key = `${locale}:${type}`;
  const found = memo.get(key);
  if (found) return found;
  const options = computeFilterOptions(bank, locale, type);
  memo.set(key, options);
  return options;
}

function computeFilterOptions(bank: Bank, locale: Locale, type: PublicTypeName): FilterOptions {
  const entries = bank.ofType(locale, type);
  const count = (filter: ListFilter) => entries.filter((entry) => matches(entry, filter)).length;
  return {
    areas: bank.areas.map((area) => ({ area, count: count({ kind: 'area', area }) })).filter((o) => o.count > 0),
    counties: PLACED_TYPES.includes(type)
      ? counties.map((county) => ({ county, count: count({ kind: 'county', county }) })).filter((o) => o.count > 0)
      : [],
    national: NATIONAL_TYPES.includes(type) ? count({ kind: 'national' }) : 0,
    statuses:
      type === 'funding-call'
        ? FUNDING_STATUSES.map((status) => ({ status, count: count({ kind: 'status', status }) }))
        : [],
    facets: listFacets(type).map((facet) => {
      const counts = new Map<string, number>();
      for (const entry of entries) {
        for (const value of facet.values(entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      const values = sortFacetValues(facet, [...counts.keys()], compareText(locale));
      return { facet, values: values.map((value) => ({ value, count: counts.get(value) ?? 0 })) };
    }),
  };
}

/**
 * Whether a list page shows how many entries each of its filters has: a filter's first page does,
 * its later pages offer the same filters without the counts. A published or unpublished entry
 * changes the counts of its type's filters; with them on every page, every list page of the type
 * (about 1,100 at 10,000 entries) changed with each such publish and was rendered again, where now
 * the pages the entry is on or moves on are, and each filter's first page.
 */
export const showsFilterCounts = (page: Pick<ListPage, 'page'>): boolean => page.page === 1;

/** The filters a page without their counts shows (FilterNav.astro with counts off): which there are. */
export function filterChoices(options: FilterOptions) {
  return {
    areas: options.areas.map(({ area }) => area),
    counties: options.counties.map(({ county }) => county),
    national: options.national > 0,
    statuses: options.statuses.map(({ status, count }) => [status, count > 0] as const),
    facets: options.facets.map(({ facet, values }) => [facet.name, values.map(({ value }) => value)] as const),
  };
}

/** Splits a list into pages of PAGE_SIZE; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** Every page of a section: the full list, then each filter that has entries. */
export function listPages(bank: Bank, locale: Locale, type: PublicTypeName): ListPage[] {
  const entries = bank.ofType(locale, type);
  const options = filterOptions(bank, locale, type);
  const filters: ListFilter[] = [
    { kind: 'all' },
    ...options.areas.map(({ area }) => ({ kind: 'area', area }) as const),
    ...options.counties.map(({ county }) => ({ kind: 'county', county }) as const),
    ...(options.national > 0 ? [{ kind: 'national' } as const] : []),
    ...options.statuses.filter((o) => o.count > 0).map(({ status }) => ({ kind: 'status', status }) as const),
    ...options.facets.flatMap(({ facet, values }) =>
      values.map(({ value }) => ({ kind: 'facet', facet: facet.name, value }) as const),
    ),
  ];
  return filters.flatMap((filter) => {
    const selected = entries.filter((entry) => matches(entry, filter));
    const pages = paginate(selected);
    return pages.map((slice, index) => ({
      locale,
      type,
      filter,
      page: index + 1,
      pageCount: pages.length,
      total: selected.length,
      entries: slice,
    }));
  });
}
