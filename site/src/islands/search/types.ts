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
  type: string;
  title: string;
  summary: string;
  url: string;
  locale: string;
  municipalities?: string[];
  counties?: string[];
  serviceAreaSlugs?: string[];
  status?: string | null;
  /**
   * Title, summary and a crop of the text, with Meilisearch's marks around the matches (MARK in
   * first-answer.ts): the answer's `_formatted`, kept under this name by both ways of asking.
   */
  marked?: { title?: string; summary?: string; text?: string };
  /** A funding call's deadline or an event's start, written out in the hit's language ("31 mars 2026"). */
  dateText?: string | null;
  [key: string]: unknown;
}

export type T = ReturnType<typeof islandTranslator>;

/** One value of a facet, with how many hits have it. */
export interface FacetItem {
  value: string;
  label: string;
  count: number;
  isRefined: boolean;
}

/** A chosen facet value. */
export interface Refinement {
  attribute: FacetAttribute;
  value: string;
}

/** What the results show, from the first answer or from InstantSearch. */
export interface ResultsModel {
  hits: Hit[];
  /** Hits in all. */
  total: number;
  query: string;
  refinements: Refinement[];
  /** The page shown, from 0. */
  page: number;
  nbPages: number;
  /** No search under way. */
  idle: boolean;
  /** The last search failed. */
  failed: boolean;
}
