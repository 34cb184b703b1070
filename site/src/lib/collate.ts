// Sorting names the way readers expect in each language: in Swedish, å, ä and ö come after z
// ("Åre" after "Zinkgruvan"); place names are Swedish whatever the interface language.
import type { Locale } from './i18n.ts';

const collators: Record<Locale, Intl.Collator> = {
  sv: new Intl.Collator('sv', { sensitivity: 'base', numeric: true }),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

/** Compares two strings in the order of `locale`. */
export function compareText(locale: Locale): (a: string, b: string) => number {
  return collators[locale].compare;
}

/** A sorted copy of `items`, by the text `key` gives, in the order of `locale`. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, locale: Locale = 'sv'): T[] {
  const compare = collators[locale].compare;
  return [...items].sort((a, b) => compare(key(a), key(b)));
}
