// Filters of the network's own lists beyond service area and county: a project's status and
// national importance, a network's kind, an advocacy action's kind, year and addressee. Each value
// gets a static page (`/projekt/status/pagar/`, `/paverkan/ar/2025/`), like the other filters.
import {
  ADVOCACY_KINDS,
  type EntryByType,
  NETWORK_KINDS,
  PROJECT_STATUSES,
  type PublicTypeName,
  slugify,
} from '@skb/content-types';
import type { BankEntry } from './bank.ts';
import type { Locale } from './i18n.ts';

export type FacetName = 'projectStatus' | 'importance' | 'networkKind' | 'advocacyKind' | 'year' | 'addressee';

export interface ListFacet {
  name: FacetName;
  /** Address segment per language: `/projekt/status/…`, `/en/projects/status/…`. */
  segment: Record<Locale, string>;
  /** The values of an entry (stored values: `pågår`, `2025`, an addressee's name). */
  values(entry: BankEntry): string[];
  /** What a value is called in a language. */
  label(value: string, locale: Locale): string;
  /** A value's address part in a language. */
  slug(value: string, locale: Locale): string;
  /** The order values are offered in. */
  order: 'vocabulary' | 'newest' | 'alphabetical';
}

const data = <K extends PublicTypeName>(entry: BankEntry, type: K) =>
  entry.type === type ? (entry.data as EntryByType[K]) : undefined;

const vocabularySlug =
  (vocabulary: { label(value: string, locale: Locale): string }) => (value: string, locale: Locale) =>
    slugify(vocabulary.label(value, locale));

const NATIONAL = 'nationell';

export const LIST_FACETS: Readonly<Partial<Record<PublicTypeName, readonly ListFacet[]>>> = {
  project: [
    {
      name: 'projectStatus',
      segment: { sv: 'status', en: 'status' },
      values: (entry) => {
        const project = data(entry, 'project');
        return project ? [project.projectStatus] : [];
      },
      label: (value, locale) => PROJECT_STATUSES.label(value, locale),
      slug: vocabularySlug(PROJECT_STATUSES),
      order: 'vocabulary',
    },
    {
      name: 'importance',
      segment: { sv: 'betydelse', en: 'importance' },
      values: (entry) => (data(entry, 'project')?.nationalImportance ? [NATIONAL] : []),
      label: (_value, locale) => (locale === 'en' ? 'Of national importance' : 'Av nationell betydelse'),
      slug: (_value, locale) => (locale === 'en' ? 'national' : 'nationell'),
      order: 'vocabulary',
    },
  ],
  network: [
    {
      name: 'networkKind',
      segment: { sv: 'typ', en: 'kind' },
      values: (entry) => {
        const network = data(entry, 'network');
        return network ? [network.kind] : [];
      },
      label: (value, locale) => NETWORK_KINDS.label(value, locale),
      slug: vocabularySlug(NETWORK_KINDS),
      order: 'vocabulary',
    },
  ],
  'advocacy-action': [
    {
      name: 'advocacyKind',
      segment: { sv: 'typ', en: 'kind' },
      values: (entry) => {
        const action = data(entry, 'advocacy-action');
        return action ? [action.kind] : [];
      },
      label: (value, locale) => ADVOCACY_KINDS.label(value, locale),
      slug: vocabularySlug(ADVOCACY_KINDS),
      order: 'vocabulary',
    },
    {
      name: 'year',
      segment: { sv: 'ar', en: 'year' },
      values: (entry) => {
        const action = data(entry, 'advocacy-action');
        return action ? [action.date.slice(0, 4)] : [];
      },
      label: (value) => value,
      slug: (value) => value,
      order: 'newest',
    },
    {
      name: 'addressee',
      segment: { sv: 'mottagare', en: 'addressee' },
      values: (entry) => {
        const action = data(entry, 'advocacy-action');
        return action ? [action.addressee] : [];
      },
      label: (value) => value,
      slug: (value) => slugify(value),
      order: 'alphabetical',
    },
  ],
};

/** The extra filters of a type's list (none for most types). */
export const listFacets = (type: PublicTypeName): readonly ListFacet[] => LIST_FACETS[type] ?? [];

/** A type's facet by name. */
export function listFacet(type: PublicTypeName, name: FacetName): ListFacet {
  const facet = listFacets(type).find((candidate) => candidate.name === name);
  if (!facet) throw new Error(`${type} has no list filter ${name}`);
  return facet;
}

const VOCABULARIES: Partial<Record<FacetName, readonly string[]>> = {
  projectStatus: PROJECT_STATUSES.values,
  networkKind: NETWORK_KINDS.values,
  advocacyKind: ADVOCACY_KINDS.values,
};

/** Orders a facet's values for the sidebar. */
export function sortFacetValues(
  facet: ListFacet,
  values: string[],
  compare: (a: string, b: string) => number,
): string[] {
  if (facet.order === 'newest') return [...values].sort().reverse();
  if (facet.order === 'alphabetical') return [...values].sort(compare);
  const vocabulary = VOCABULARIES[facet.name] ?? [];
  return [...values].sort((a, b) => vocabulary.indexOf(a) - vocabulary.indexOf(b));
}
