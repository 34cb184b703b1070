// The search document: what one published language version of an entry looks like in the Meilisearch
// index `knowledge`, and which of its fields are searched, filtered, sorted and shown. The indexer
// writes these documents; the site's search island reads them with the search-only key. Pure: no
// Meilisearch client here, so the site can import it.
import { z } from 'zod';
import { ADVOCACY_KINDS, GOAL_SETS, NETWORK_KINDS, PROJECT_STATUSES } from './network/vocab.ts';
import { PUBLIC_TYPE_NAMES, type PublicTypeName } from './registry.ts';
import { ACTOR_LEVELS, CASE_STATUSES, EVENT_KINDS, EVIDENCE_LEVELS, FUNDING_CALL_STATUSES, LEVELS } from './vocab.ts';

/** Name of the live index. The indexer builds a new index beside it and swaps it in on a full reindex. */
export const DEFAULT_SEARCH_INDEX = 'knowledge';

/** Timestamps in search documents are Unix epoch milliseconds (what `Date.now()` and `Date.parse` give). */
const epochMs = z.number().int();

/** What a search document can be: a public type's entry, or a published helpdesk answer. */
export type SearchTypeName = PublicTypeName | 'question';
export const SEARCH_TYPE_NAMES: readonly SearchTypeName[] = [...PUBLIC_TYPE_NAMES, 'question'];

/** A published helpdesk answer's name in search results and the type facet. */
export const QUESTION_SEARCH_LABEL = {
  sv: 'Fråga och svar',
  svPlural: 'Frågor och svar',
  en: 'Question and answer',
  enPlural: 'Questions and answers',
} as const;

export const searchDocument = z.object({
  /** `${type}-${documentId}-${locale}`: one document per published language version, never a database id. */
  id: z.string().regex(/^[a-z-]+-[A-Za-z0-9]+-[a-z]{2}$/),
  /**
   * The entry's type: method, case-study, …, event, goal, project, network or advocacy-action, or
   * `question` for a published, anonymised helpdesk answer.
   */
  type: z.enum(SEARCH_TYPE_NAMES as [SearchTypeName, ...SearchTypeName[]]),
  /** Strapi's stable id of the entry, the same in every language. */
  documentId: z.string(),
  /** Language of this version: `sv` or `en`. */
  locale: z.string(),
  /** Title of the entry. */
  title: z.string(),
  /** Plain-text summary. */
  summary: z.string(),
  /** Plain text of the body and the type's other Markdown and text fields, Markdown removed. */
  text: z.string(),
  /** Names of the service areas, in the document's language. */
  serviceAreas: z.array(z.string()),
  /** Slugs of the service areas (stable, for links and filters that survive a rename). */
  serviceAreaSlugs: z.array(z.string()),
  /** Topic tags. */
  topics: z.array(z.string()),
  /** Names of the organisations involved: funder, issuer, respondent, organiser, partners. */
  organisations: z.array(z.string()),
  /** SCB codes of the municipalities the entry concerns. */
  municipalities: z.array(z.string()),
  /** Short names of those municipalities (`Älvdalen`). */
  municipalityNames: z.array(z.string()),
  /** SCB codes of the counties: from the municipalities, or the entry's own counties. */
  counties: z.array(z.string()),
  /** Names of those counties (`Dalarnas län`). */
  countyNames: z.array(z.string()),
  /**
   * Hidden. The names of the municipalities and counties the entry is located in, each also in ASCII
   * (`Älvdalen`, `Alvdalen`). Searched first, so a query that names a place ranks what is there first.
   */
  placeNames: z.array(z.string()),
  /**
   * Hidden. The title with each word followed by what it means besides itself: its other regular
   * forms, the domain parts of a compound and the synonyms it touches ("bybutiken butik butiken
   * butiker lanthandel byaffär …"). Searched in place of the title, so those rank as a title match.
   */
  titleSearch: z.string(),
  /**
   * Hidden. The same for the rest of the text (forms, compound parts, synonyms), and the places of
   * related entries (a method's case studies, an event's venue), for search.
   */
  stems: z.array(z.string()),
  /** Method: the levels of actors that take part. */
  actorLevels: z.array(z.enum(ACTOR_LEVELS.values)),
  /** Method: how well it is proven. */
  evidence: z.enum(EVIDENCE_LEVELS.values).nullable(),
  /** Method: how much work it takes. */
  effort: z.enum(LEVELS.values).nullable(),
  /** Method: how much money it takes. */
  cost: z.enum(LEVELS.values).nullable(),
  /** Funding call: kommande, öppen or stängd, computed from the dates when indexed and kept current by the indexer. */
  status: z.enum(FUNDING_CALL_STATUSES.values).nullable(),
  /** Case study: pågående or avslutat. Project: planerat, pågår or avslutat. */
  projectStatus: z.enum([...CASE_STATUSES.values, ...PROJECT_STATUSES.values]).nullable(),
  /** Event: nätverksträff, konferens, webbinarium or kurs. */
  eventKind: z.enum(EVENT_KINDS.values).nullable(),
  /** Goal: nätverkets mål or mål för service i Sverige. */
  goalSet: z.enum(GOAL_SETS.values).nullable(),
  /** Network: leadergrupp, regionalt servicenätverk, … */
  networkKind: z.enum(NETWORK_KINDS.values).nullable(),
  /** Advocacy action: möte med beslutsfattare, debattartikel, … */
  advocacyKind: z.enum(ADVOCACY_KINDS.values).nullable(),
  /** Advocacy action: whom it addressed. */
  addressee: z.string().nullable(),
  /** Project: of national importance (true), or not (false); null for other types. */
  nationalImportance: z.boolean().nullable(),
  /**
   * Epoch ms. Funding call: the deadline as entered. Consultation response: the start of the svarsdatum
   * in Stockholm. Formatting it in Europe/Stockholm gives the date editors wrote.
   */
  deadline: epochMs.nullable(),
  /** Epoch ms. Funding call: when applications open. */
  opensAt: epochMs.nullable(),
  /** Epoch ms. Event: when it starts. */
  startsAt: epochMs.nullable(),
  /**
   * The date a search hit shows, written out in the document's language as the day in Stockholm
   * (`31 mars 2026`, `31 March 2026`): a funding call's deadline, an event's start; null for the
   * other types. Formatted when indexed, so the search page never makes a date format (the first
   * one a page makes, with its time zone, is a long task on a phone).
   */
  dateText: z.string().nullable(),
  /**
   * The year the entry is about: a case study's start year, an event's or a funding call's year, a
   * consultation's year, else the year it was published.
   */
  year: z.number().int().nullable(),
  /** Epoch ms. When this language version was published. */
  publishedAt: epochMs,
  /** Address of the entry's page on the site, `/metoder/asele-torg/`. */
  url: z.string(),
  /** Address part of the entry's page. */
  slug: z.string(),
});
export type SearchDocument = z.infer<typeof searchDocument>;
export type SearchDocumentField = keyof SearchDocument;

/** The id of an entry's search document. */
export function searchDocumentId(key: { type: string; documentId: string; locale: string }): string {
  return `${key.type}-${key.documentId}-${key.locale}`;
}

/** Searchable fields, most important first (Meilisearch's `attribute` ranking rule follows this order). */
export const SEARCHABLE_ATTRIBUTES = [
  'placeNames',
  'titleSearch',
  'summary',
  'topics',
  'serviceAreas',
  'organisations',
  'text',
  'stems',
] as const satisfies readonly SearchDocumentField[];

/** Searchable but never returned: they exist only to be matched. */
export const HIDDEN_ATTRIBUTES = [
  'placeNames',
  'titleSearch',
  'stems',
] as const satisfies readonly SearchDocumentField[];

/** Fields a search can filter on with `=`/`IN` (equality only; cheaper to index). */
export const EQUALITY_FILTERS = [
  'type',
  'locale',
  'serviceAreas',
  'serviceAreaSlugs',
  'topics',
  'counties',
  'municipalities',
  'actorLevels',
  'evidence',
  'effort',
  'cost',
  'status',
  'projectStatus',
  'eventKind',
  'goalSet',
  'networkKind',
  'advocacyKind',
  'addressee',
  'nationalImportance',
] as const satisfies readonly SearchDocumentField[];

/** Fields a search can filter on with comparisons (`deadline > 1767225600000`). */
export const RANGE_FILTERS = [
  'deadline',
  'opensAt',
  'startsAt',
  'year',
  'publishedAt',
] as const satisfies readonly SearchDocumentField[];

export const FILTERABLE_ATTRIBUTES = [...EQUALITY_FILTERS, ...RANGE_FILTERS] as const;

export const SORTABLE_ATTRIBUTES = [
  'publishedAt',
  'deadline',
  'startsAt',
  'title',
] as const satisfies readonly SearchDocumentField[];

/** The facets the site shows beside results. */
export const FACETS = [
  'type',
  'serviceAreas',
  'topics',
  'counties',
  'actorLevels',
  'evidence',
  'effort',
  'cost',
  'status',
  'projectStatus',
  'networkKind',
  'advocacyKind',
  'nationalImportance',
] as const satisfies readonly SearchDocumentField[];

/** Every facet value must be countable: there are 290 municipalities. */
export const MAX_VALUES_PER_FACET = 300;
/** How deep a visitor can page; more than any query needs, small enough to keep deep pages cheap. */
export const MAX_TOTAL_HITS = 2000;
