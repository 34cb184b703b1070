// Synonyms of the domain's vocabulary (GLOSSARY.md): words that searchers use for the same thing.
// Each group is mutual: a search for any word of a group also finds entries that use another.
//
// They are expanded in the document, not in the query. Meilisearch normalises its synonyms setting
// with its default normaliser, which folds å, ä and ö to a and o, but under `localizedAttributes`
// with Swedish it keeps those letters in queries and documents. So a synonym key such as "byaffär"
// is stored as "byaffar" and never meets the query "byaffär", and a synonym value such as
// "tankställe" is searched as "tankstalle" and never finds a document that says "tankställe"
// (measured on Meilisearch 1.21: `byaffär` 0 hits, `byaffar` 66). Writing the other words of a group
// into a hidden field of every document that uses one of them works for every spelling, with the
// same tokeniser on both sides, and for every client of the index.
import { asciiFold } from '@skb/content-types';
import { stemmer as englishStem } from 'stemmer';
import { compoundParts } from './compounds.ts';
import { inflectedForms, words } from './forms.ts';
import { swedishStem } from './stemmer.ts';

export const SWEDISH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['lanthandel', 'dagligvarubutik', 'byaffär', 'bybutik', 'lanthandlare', 'matbutik', 'byahandel'],
  ['drivmedel', 'bensin', 'diesel', 'hvo'],
  ['drivmedelsstation', 'bensinmack', 'mack', 'tankställe', 'bensinstation'],
  ['laddstation', 'laddstolpe', 'laddinfrastruktur', 'elbilsladdning'],
  ['paketombud', 'postombud', 'paketutlämning', 'utlämningsställe'],
  ['apoteksombud', 'apotek'],
  ['kontanter', 'kontantuttag', 'bankomat', 'uttagsautomat'],
  ['betaltjänster', 'betalningsförmedling', 'kontanthantering'],
  ['servicepunkt', 'serviceställe', 'servicenod', 'servicehus'],
  ['hemsändning', 'hemkörning', 'varuleverans'],
  ['anropsstyrd trafik', 'närtrafik'],
  ['bredband', 'fiber', 'byanät'],
  ['mötesplats', 'bygdegård', 'samlingslokal', 'föreningshus', 'bystuga'],
  ['remiss', 'remissvar'],
  ['utlysning', 'stödutlysning'],
  ['omvärldsbevakning', 'omvärldsanalys'],
  ['landsbygd', 'glesbygd'],
  ['byalag', 'bygdeförening', 'utvecklingsgrupp'],
  ['servicesamordnare', 'landsbygdsutvecklare'],
];

export const ENGLISH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['grocery store', 'village shop', 'country store', 'grocery'],
  ['fuel', 'petrol', 'diesel', 'filling station'],
  ['parcel agent', 'parcel locker', 'postal agent'],
  ['broadband', 'fibre', 'fiber'],
  ['cash', 'atm', 'cash withdrawal'],
  ['village hall', 'meeting place', 'community centre'],
  ['demand-responsive transport', 'dial-a-ride'],
  ['consultation response', 'consultation'],
  ['funding call', 'grant'],
];

/** Every group, both languages: the words that must never be stop words. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...SWEDISH_SYNONYM_GROUPS, ...ENGLISH_SYNONYM_GROUPS];

type Language = 'sv' | 'en';

/** The key a word is matched on: its stem, so that "lanthandeln" and "lanthandlare" meet their group. */
const stemOf = (language: Language, word: string) => (language === 'sv' ? swedishStem(word) : englishStem(word));

interface CompiledGroup {
  members: readonly string[];
  /** Single-word members: the stems of every form of them ("lanthandeln", "lanthandlar" included). */
  stems: ReadonlySet<string>;
  /** Multi-word members as sequences of stems ("anropsstyrd trafik" → two). */
  phrases: readonly (readonly string[])[];
}

const compiled = new Map<Language, readonly CompiledGroup[]>();

function groupsOf(language: Language): readonly CompiledGroup[] {
  const cached = compiled.get(language);
  if (cached) return cached;
  const groups = (language === 'sv' ? SWEDISH_SYNONYM_GROUPS : ENGLISH_SYNONYM_GROUPS).map((members) => {
    const single = members.filter((member) => words(member).length === 1);
    const forms = single.flatMap((member) => [member, ...(language === 'sv' ? inflectedForms(member) : [])]);
    return {
      members,
      stems: new Set(forms.map((form) => stemOf(language, form))),
      phrases: members
        .filter((member) => words(member).length > 1)
        .map((member) => words(member).map((word) => stemOf(language, word))),
    };
  });
  compiled.set(language, groups);
  return groups;
}

/** Whether `sequence` holds `phrase` as consecutive items. */
function containsRun(sequence: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let start = 0; start + phrase.length <= sequence.length; start++) {
    for (let offset = 0; offset < phrase.length; offset++) {
      if (sequence[start + offset] !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}

const spellingsOf = new Map<string, readonly string[]>();

/** The spellings a searcher may type for a term: as written, its regular forms, and without å/ä/ö. */
function spellings(language: Language, member: string): readonly string[] {
  const key = `${language}:${member}`;
  const cached = spellingsOf.get(key);
  if (cached) return cached;
  const out = new Set<string>([member]);
  if (language === 'sv' && !member.includes(' ')) for (const form of inflectedForms(member)) out.add(form);
  for (const term of [...out]) {
    const folded = asciiFold(term);
    if (folded !== term) out.add(folded);
  }
  const found = [...out];
  spellingsOf.set(key, found);
  return found;
}

/**
 * The words of the synonym groups that a text touches, in every spelling, to be written into a hidden
 * field of its document: a text about "lanthandeln" gains "byaffär", "byaffären", "byaffar", … so that
 * every one of them finds it. A Swedish word touches a group when it, or a domain part of it, has the
 * stem of a member ("bybutiken" → "bybutik"). Multi-word members are kept whole, so a phrase query
 * matches them as a phrase.
 */
export function synonymTerms(texts: readonly string[], language: Language): string[] {
  const sequence: string[] = [];
  const seen = new Set<string>();
  const stems = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      const stem = stemOf(language, word);
      sequence.push(stem);
      if (seen.has(word)) continue;
      seen.add(word);
      stems.add(stem);
      if (language === 'sv') for (const part of compoundParts(word)) stems.add(swedishStem(part));
    }
    sequence.push('\u0000');
  }
  const out = new Set<string>();
  for (const group of groupsOf(language)) {
    const touched =
      [...group.stems].some((stem) => stems.has(stem)) || group.phrases.some((phrase) => containsRun(sequence, phrase));
    if (!touched) continue;
    for (const member of group.members) for (const spelling of spellings(language, member)) out.add(spelling);
  }
  return [...out];
}
