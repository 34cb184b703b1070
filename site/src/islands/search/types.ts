// What the search island is given by its page, and what a hit holds.
import type { IslandText, islandTranslator } from '../../lib/island-text.ts';
import type { FacetAttribute } from '../../lib/search-url.ts';

export interface SearchProps {
  locale: 'sv' | 'en';
  host: string;
  /** The search-only key; empty when search is not configured for this build. */
  apiKey: string;
  indexName: string;
  text: IslandText;
  /** Display names of facet values, by attribute. */
  labels: Record<FacetAttribute, Record<string, string>>;
  /** Where to browse instead (sections, map, calendar). */
  browse: { href: string; label: string }[];
  /** The `id` of the page's search form, which the island takes over. */
  formId: string;
  /** Where queries that found nothing are reported (the CMS's search-gap endpoint); none = not reported. */
  searchGapEndpoint?: string;
}

export interface Hit {
  objectID: string;
  type: string;
  title: string;
  summary: string;
  url: string;
  locale: string;
  municipalities?: string[];
  counties?: string[];
  serviceAreaSlugs?: string[];
  status?: string | null;
  /** A funding call's deadline or an event's start, written out in the hit's language ("31 mars 2026"). */
  dateText?: string | null;
  [key: string]: unknown;
}

export type T = ReturnType<typeof islandTranslator>;
