// What goes into a document's hidden `stems` field. Meilisearch matches a query word against words
// in the document, or as a prefix of them; it cannot tell that "butiker" is a form of "butik". So for
// every word of the text we index its other regular forms: the forms that the Snowball stemmer maps
// to the same stem. A query in any of those forms then matches, with no processing of the query, so
// every client of the index (the site's island, curl, a dashboard) gets the same results.

import { compoundParts } from './compounds.ts';
import { removeEnding, swedishStem } from './stemmer.ts';
import { SWEDISH_STOP_WORDS } from './stop-words.ts';
import { perWord } from './word-cache.ts';

/**
 * Endings that searchers add to a base: the plural, the definite and the definite plural of a noun.
 * One ending of each kind is enough: Meilisearch's typo tolerance covers the others ("butikar" is one
 * letter from "butiker"), and a query that is a prefix of an indexed word matches it anyway. A
 * candidate is kept only when it stems back to the word's own stem.
 */
const FORM_ENDINGS = ['', 'en', 'er', 'erna'];

const MIN_WORD = 3;
const stopWords = new Set(SWEDISH_STOP_WORDS);

/** The regular forms of a lower-case word, the word itself left out: "butik" → butiken, butiker, … */
export const inflectedForms = perWord((word): readonly string[] => {
  const stem = swedishStem(word);
  const base = removeEnding(word);
  const forms = new Set<string>();
  for (const ending of FORM_ENDINGS) {
    const candidate = base + ending;
    if (candidate !== word && candidate.length >= MIN_WORD && swedishStem(candidate) === stem) forms.add(candidate);
  }
  // The definite singular of a neuter noun ("ombudet", "paketskåpet"): Snowball keeps -et, so it cannot
  // be checked by stemming back; it is added to words that are their own stem (a base form).
  if (stem === word && word.length >= MIN_WORD && !/[aeiouyåäö]$/.test(word)) forms.add(`${word}et`);
  // Nouns in -el and -er take -n in the definite and drop their e in the plural ("handel" → handeln,
  // handlar, handlarna), which Snowball does not undo.
  const syncope = /^(.*[^aeiouyåäö])e([lr])$/.exec(word);
  if (stem === word && syncope) {
    const [, head, consonant] = syncope;
    forms.add(`${word}n`);
    for (const ending of ['ar', 'arna']) forms.add(`${head}${consonant}${ending}`);
  }
  return [...forms];
});

/** Lower-case words of a text, letters only (digits and codes are matched as they are written). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Hard cap on the field, so one very long entry cannot make a huge document. */
export const MAX_STEM_TOKENS = 5000;

/** What one word adds to the field: its forms, and the domain parts of a compound with their forms. */
const contribution = perWord((word): readonly string[] => {
  const out = new Set(inflectedForms(word));
  for (const part of compoundParts(word)) {
    out.add(part);
    for (const form of inflectedForms(part)) out.add(form);
  }
  return [...out];
});

/**
 * The `stems` field of a Swedish document: for every distinct content word of the texts, its other
 * regular forms, and the domain parts of compounds with their forms ("bybutiken" → by, butik,
 * butiken, butiker, …). Words that are in the text already are left out: the text matches them.
 */
export function swedishSearchForms(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length < MIN_WORD || seen.has(word) || stopWords.has(word)) continue;
      seen.add(word);
      for (const form of contribution(word)) out.add(form);
    }
  }
  for (const word of seen) out.delete(word);
  return out.size > MAX_STEM_TOKENS ? [...out].slice(0, MAX_STEM_TOKENS) : [...out];
}
