// What every type's search document has in common: identity, the shared fields, places, stems.
// Each type's mapper adds its own fields through `TypeFields` and calls `searchDocumentOf`.
import {
  asciiFold,
  countyOfMunicipality,
  entryPath,
  findCounty,
  findMunicipality,
  publicTypeByName,
  questionPath,
  SERVICE_AREAS,
  TIME_ZONE,
} from '@skb/content-types';
import {
  QUESTION_SEARCH_LABEL,
  type SearchDocument,
  type SearchTypeName,
  searchDocumentId,
} from '@skb/content-types/search';
import { swedishSearchForms, words } from '../swedish/forms.ts';
import { synonymTerms } from '../swedish/synonyms.ts';
import { perWord } from '../swedish/word-cache.ts';

/** The fields every public entry has, as the API serves them. */
export interface CommonEntry {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string;
  publishedAt: string | null;
  updatedAt: string;
  serviceAreas: readonly { name: string; slug: string }[];
  topics: readonly { name: string }[];
}

/** What a type adds to the common document. */
export interface TypeFields {
  /** Plain-text parts of the entry besides title and summary (Markdown already turned into text). */
  texts: readonly (string | null | undefined)[];
  organisations?: readonly (string | null | undefined)[];
  /** SCB municipality codes; their counties are added. */
  municipalities?: readonly string[];
  /** SCB county codes the entry names itself (a funding call's counties, a trend note's region). */
  counties?: readonly string[];
  /** Other place names, searchable but not facets (an event's location, a method's case-study places). */
  places?: readonly (string | null | undefined)[];
  actorLevels?: SearchDocument['actorLevels'];
  evidence?: SearchDocument['evidence'];
  effort?: SearchDocument['effort'];
  cost?: SearchDocument['cost'];
  status?: SearchDocument['status'];
  projectStatus?: SearchDocument['projectStatus'];
  eventKind?: SearchDocument['eventKind'];
  goalSet?: SearchDocument['goalSet'];
  networkKind?: SearchDocument['networkKind'];
  advocacyKind?: SearchDocument['advocacyKind'];
  addressee?: SearchDocument['addressee'];
  nationalImportance?: SearchDocument['nationalImportance'];
  deadline?: number | null;
  opensAt?: number | null;
  startsAt?: number | null;
  /** Epoch ms: the date a search hit shows (a funding call's deadline, an event's start); see `dateText`. */
  shownDate?: number | null;
  year?: number | null;
}

/** The longest text we index per document; longer bodies are cut (Meilisearch would cut them too). */
const MAX_TEXT = 60_000;

// One formatter for every call: content-types' stockholmDate builds one per call, which was a fifth
// of the mapping time of a reindex.
const yearInStockholm = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, year: 'numeric' });

/** The year of an instant in Stockholm (a deadline at 00:30 on 1 January belongs to the new year). */
export const stockholmYear = (epochMs: number) => Number(yearInStockholm.format(epochMs));

/** The day in Stockholm as a search hit shows it: "31 mars 2026" / "31 March 2026". */
const dayInStockholm = {
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
};
const stockholmDayText = (epochMs: number, locale: string) =>
  (locale === 'en' ? dayInStockholm.en : dayInStockholm.sv).format(epochMs);

const present = (values: readonly (string | null | undefined)[] | undefined) =>
  (values ?? []).filter((value): value is string => typeof value === 'string' && value.trim() !== '');

const unique = (values: readonly string[]) => [...new Set(values)];

const englishServiceArea = new Map<string, string>(SERVICE_AREAS.map((area) => [area.slug, area.nameEn]));

/** A name and, when it has Swedish letters, its ASCII spelling: "Älvdalen" → ["Älvdalen", "Alvdalen"]. */
function withAsciiAlias(name: string): string[] {
  const folded = asciiFold(name);
  return folded === name ? [name] : [name, folded];
}

export function searchDocumentOf(type: SearchTypeName, entry: CommonEntry, fields: TypeFields): SearchDocument {
  const municipalityCodes = unique(present(fields.municipalities).filter((code) => findMunicipality(code)));
  const municipalityRecords = municipalityCodes.map((code) => findMunicipality(code)).filter((m) => m !== undefined);
  const countyCodes = unique([
    ...municipalityCodes.map((code) => countyOfMunicipality(code).code),
    ...present(fields.counties).filter((code) => findCounty(code)),
  ]).sort();
  const countyRecords = countyCodes.map((code) => findCounty(code)).filter((c) => c !== undefined);
  const placeNames = unique(
    [
      ...municipalityRecords.flatMap((m) => [m.shortName, m.name]),
      ...countyRecords.flatMap((c) => [c.name, c.shortName]),
    ].flatMap(withAsciiAlias),
  );
  // Places the entry only mentions (its case studies', its venue) are found, but rank as text.
  const otherPlaces = unique(present(fields.places).flatMap(withAsciiAlias)).filter(
    (name) => !placeNames.includes(name),
  );

  const english = entry.locale === 'en';
  const serviceAreas = entry.serviceAreas.map((area) =>
    english ? (englishServiceArea.get(area.slug) ?? area.name) : area.name,
  );
  const topics = entry.topics.map((topic) => topic.name);
  const text = present(fields.texts).join('\n').slice(0, MAX_TEXT);
  const publishedAt = Date.parse(entry.publishedAt ?? entry.updatedAt);
  const label = type === 'question' ? QUESTION_SEARCH_LABEL : publicTypeByName(type)?.label;
  const typeWords = label ? (english ? [label.en, label.enPlural] : [label.sv, label.svPlural]) : [];
  const hidden = hiddenTerms({
    english,
    typeWords,
    title: entry.title,
    rest: [entry.summary, ...topics, ...serviceAreas, text],
  });

  return {
    id: searchDocumentId({ type, documentId: entry.documentId, locale: entry.locale }),
    type,
    documentId: entry.documentId,
    locale: entry.locale,
    title: entry.title,
    summary: entry.summary,
    text,
    serviceAreas,
    serviceAreaSlugs: entry.serviceAreas.map((area) => area.slug),
    topics,
    organisations: unique(present(fields.organisations)),
    municipalities: municipalityCodes,
    municipalityNames: municipalityRecords.map((m) => m.shortName),
    counties: countyCodes,
    countyNames: countyRecords.map((c) => c.name),
    placeNames,
    titleSearch: hidden.titleSearch,
    stems: [...hidden.stems, ...otherPlaces],
    actorLevels: fields.actorLevels ?? [],
    evidence: fields.evidence ?? null,
    effort: fields.effort ?? null,
    cost: fields.cost ?? null,
    status: fields.status ?? null,
    projectStatus: fields.projectStatus ?? null,
    eventKind: fields.eventKind ?? null,
    goalSet: fields.goalSet ?? null,
    networkKind: fields.networkKind ?? null,
    advocacyKind: fields.advocacyKind ?? null,
    addressee: fields.addressee ?? null,
    nationalImportance: fields.nationalImportance ?? null,
    deadline: fields.deadline ?? null,
    opensAt: fields.opensAt ?? null,
    startsAt: fields.startsAt ?? null,
    dateText: typeof fields.shownDate === 'number' ? stockholmDayText(fields.shownDate, entry.locale) : null,
    year: fields.year ?? stockholmYear(publishedAt),
    publishedAt,
    // A Q&A has no page of its own: its address is its anchor on the questions page.
    url:
      type === 'question'
        ? questionPath(entry.documentId)
        : entryPath({ type, slug: entry.slug, locale: entry.locale }),
    slug: entry.slug,
  };
}

/** At most this many hidden terms outside the title: one very long entry cannot make a huge document. */
const MAX_HIDDEN_TERMS = 8000;

/**
 * The hidden search terms of a document: the forms, compound parts, synonyms and unaccented
 * spellings that a searcher may type instead of the words written. `titleSearch` is the title with
 * each word followed by its forms and parts ("… i bybutiken butik butiken butiker …"), so that a part
 * of a title word ranks as that title word does, in the same attribute and at nearly the same position;
 * the synonyms the title touches follow it. `stems` holds the same for the rest, and the entry's type
 * in words ("utlysning"), so that "stödutlysning" finds funding calls. Swedish forms come from the
 * Swedish stemmer; English versions get only their synonyms (English inflection is regular enough for
 * Meilisearch's prefix and typo matching).
 */
/** A word without å/ä/ö, once per word for a whole reindex (the forms of every text are folded). */
const foldedWord = perWord(asciiFold);

function hiddenTerms(args: {
  english: boolean;
  typeWords: readonly string[];
  title: string;
  rest: readonly string[];
}): {
  titleSearch: string;
  stems: string[];
} {
  const language = args.english ? 'en' : 'sv';
  const swedish = !args.english;
  const forms = (texts: readonly string[]) => (swedish ? swedishSearchForms(texts) : []);
  // Searchers without å/ä/ö on their keyboard: Swedish tokenisation keeps those letters apart.
  const folds = (terms: readonly string[]) =>
    swedish ? terms.map((term) => foldedWord(term)).filter((folded, i) => folded !== terms[i]) : [];
  const seen = new Set<string>();
  const fresh = (terms: readonly string[]) =>
    terms.filter((term) => {
      if (seen.has(term)) return false;
      seen.add(term);
      return true;
    });

  const titleWords = args.title.split(/\s+/).filter(Boolean);
  for (const word of words(args.title)) seen.add(word);
  const titleParts = titleWords.map((written) => {
    const own = forms([written]);
    return [written, ...fresh([...own, ...folds([...words(written), ...own])])].join(' ');
  });
  const titleSearch = [...titleParts, ...fresh(synonymTerms([args.title], language))].join(' ');

  const rest = [...args.typeWords, ...args.rest];
  const restForms = forms([args.title, ...rest]);
  const stems = fresh([
    ...restForms,
    ...synonymTerms(rest, language),
    ...folds([...new Set(rest.flatMap(words))]),
    ...folds(restForms),
  ]);
  return { titleSearch, stems: stems.slice(0, MAX_HIDDEN_TERMS) };
}
