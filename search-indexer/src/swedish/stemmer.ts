// The Snowball stemmer for Swedish, written from the published description of the algorithm
// (snowballstem.org/algorithms/swedish/stemmer.html). Words are expected in lower case. The stem is
// not always a word ("servicepunkt" → "servicepunk"); it only has to be the same for the forms of a
// word, which is what the search index needs.
import { perWord } from './word-cache.ts';

const VOWELS = new Set('aeiouyäåö');

// Step 1 suffixes, deleted when they lie in R1. Sorted longest first: the longest match wins.
const STEP1_SUFFIXES = [
  ...['a', 'arna', 'erna', 'heterna', 'orna', 'ad', 'e', 'ade', 'ande', 'arne', 'are', 'aste'],
  ...['en', 'anden', 'aren', 'heten', 'ern', 'ar', 'er', 'heter', 'or', 'as', 'arnas', 'ernas'],
  ...['ornas', 'es', 'ades', 'andes', 'ens', 'arens', 'hetens', 'erns', 'at', 'andet', 'het', 'ast'],
  's',
].sort((a, b) => b.length - a.length);

/** Letters after which a final -s is an ending (a genitive or plural), not part of the word. */
const S_ENDINGS = new Set('bcdfghjklmnoprtvy');

const STEP2_SUFFIXES = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

const STEP3_RULES: readonly [suffix: string, replacement: string][] = [
  ['fullt', 'full'],
  ['löst', 'lös'],
  ['lig', ''],
  ['els', ''],
  ['ig', ''],
];

/**
 * Start of R1: the region after the first non-vowel that follows a vowel, but never before the
 * fourth letter.
 */
function r1Start(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(i + 1, 3);
  }
  return word.length;
}

/** The word without its step-1 ending (`butikerna` → `butik`), or the word itself. */
export function removeEnding(word: string, r1 = r1Start(word)): string {
  for (const suffix of STEP1_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < r1) continue;
    if (suffix === 's') {
      const before = word[word.length - 2];
      return before !== undefined && S_ENDINGS.has(before) ? word.slice(0, -1) : word;
    }
    return word.slice(0, -suffix.length);
  }
  return word;
}

/** The Snowball stem of a lower-case Swedish word: `butiker` → `butik`, `servicepunkter` → `servicepunk`. */
export const swedishStem = perWord(stemOf);

function stemOf(word: string): string {
  const r1 = r1Start(word);
  let stem = removeEnding(word, r1);
  // Step 2: a double or voiced consonant pair at the end loses its last letter (friskt → frisk).
  if (STEP2_SUFFIXES.some((suffix) => stem.endsWith(suffix) && stem.length - suffix.length >= r1)) {
    stem = stem.slice(0, -1);
  }
  // Step 3: derivational endings.
  for (const [suffix, replacement] of STEP3_RULES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= r1) {
      stem = stem.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return stem;
}
