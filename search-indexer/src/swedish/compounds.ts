// Compound parts of the domain's words. Swedish writes compounds as one word ("servicepunkt",
// "dagligvarubutik", "bybutiken") and Meilisearch does not split them, so a search for "butik" would
// not find "bybutiken". We split words whose last part is a known domain word, and index the parts.

import { removeEnding } from './stemmer.ts';
import { perWord } from './word-cache.ts';

/**
 * Domain words that end compounds, with the forms they take as the first part of one ("dagligvaru-"
 * in "dagligvarubutik"). The base form is what gets indexed.
 */
const PARTS: readonly (string | readonly [base: string, ...joining: string[]])[] = [
  'affär',
  'apotek',
  'automat',
  'bank',
  'bensin',
  ['betalning', 'betalnings'],
  'betaltjänst',
  'bidrag',
  'bredband',
  ['butik', 'butiks'],
  'buss',
  'by',
  ['bygd', 'bygde'],
  'central',
  'diesel',
  ['drivmedel', 'drivmedels'],
  ['dagligvara', 'dagligvaru'],
  'fiber',
  ['finansiering', 'finansierings'],
  ['förening', 'förenings'],
  'gård',
  ['handel', 'handels'],
  'handlare',
  'hem',
  'hus',
  'kassa',
  ['kommun', 'kommun'],
  'kontant',
  'kontor',
  'körning',
  'laddning',
  ['land', 'lands'],
  ['landsbygd', 'landsbygds'],
  'leverans',
  ['läkemedel', 'läkemedels'],
  'mack',
  ['mat'],
  ['mötesplats'],
  ['möte', 'mötes'],
  'nät',
  'nod',
  'ombud',
  'omsorg',
  ['paket'],
  ['plan'],
  'plats',
  'post',
  'program',
  'punkt',
  ['region', 'regional'],
  'remiss',
  'råd',
  'samverkan',
  ['service'],
  'skjuts',
  ['skola', 'skol'],
  'skåp',
  'station',
  'stolpe',
  'stuga',
  'stöd',
  'svar',
  ['sändning'],
  'ställe',
  ['tjänst', 'tjänste'],
  'trafik',
  'uttag',
  'utlämning',
  'utlysning',
  ['utveckling', 'utvecklings'],
  ['vara', 'varu'],
  'vård',
];

/** Parts that only start compounds: as heads they split too much ("Jämtland", "dagligvara"). */
const MODIFIER_ONLY = new Set(['by', 'land', 'mat', 'vara']);
/** Words that end like a compound of known parts but are not one. */
const NOT_COMPOUNDS = new Set(['ansvar', 'försvar', 'motsvar', 'kompost']);

const MIN_HEAD = 3;
const MIN_MODIFIER = 2;

/** base form by every form a part takes (its base, its joining forms). */
const partByForm = new Map<string, string>();
for (const entry of PARTS) {
  const [base, ...joining] = typeof entry === 'string' ? [entry] : entry;
  partByForm.set(base, base);
  for (const form of joining) partByForm.set(form, base);
}
/** Heads are matched on the word without its ending: "bybutiken" → "bybutik" ends with "butik". */
const heads = [...new Set(partByForm.values())].filter((part) => part.length >= MIN_HEAD && !MODIFIER_ONLY.has(part));
heads.sort((a, b) => b.length - a.length);

/** A modifier is a known part, or a known part with a linking -s ("landsbygds-"). */
function modifierParts(modifier: string, depth: number): string[] {
  const known = partByForm.get(modifier);
  if (known) return [known, ...(depth < 3 ? splitStem(known, depth + 1) : [])];
  if (modifier.endsWith('s') && partByForm.has(modifier.slice(0, -1))) {
    return modifierParts(modifier.slice(0, -1), depth);
  }
  return depth < 3 ? splitStem(modifier, depth + 1) : [];
}

function splitStem(word: string, depth: number): string[] {
  if (NOT_COMPOUNDS.has(word)) return [];
  for (const head of heads) {
    if (!word.endsWith(head)) continue;
    const modifier = word.slice(0, -head.length);
    if (modifier.length < MIN_MODIFIER) continue;
    return [...modifierParts(modifier, depth), head];
  }
  return [];
}

/**
 * The domain parts of a lower-case compound, in base form: "dagligvarubutiken" → ["dagligvara",
 * "butik"], "servicepunkter" → ["service", "punkt"]. Empty when the word is not a compound of known
 * parts, or is one part itself.
 */
export const compoundParts = perWord((word): readonly string[] => {
  const parts = [...splitStem(word, 0), ...(removeEnding(word) !== word ? splitStem(removeEnding(word), 0) : [])];
  return [...new Set(parts)];
});
