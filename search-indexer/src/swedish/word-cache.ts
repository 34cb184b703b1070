// Texts repeat their words, and a corpus has a bounded vocabulary: what the Swedish analysis computes
// for a word (its stem, forms, compound parts) is computed once per word, for a whole reindex.

/** Past this many words a cache starts again empty, so that memory stays bounded. */
const LIMIT = 200_000;

/** `compute`, remembered per word. Callers must not change what it returns. */
export function perWord<T>(compute: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    if (cache.has(word)) return cache.get(word) as T;
    const value = compute(word);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(word, value);
    return value;
  };
}
