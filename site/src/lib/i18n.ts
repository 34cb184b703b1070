// Interface text in Swedish and English, from translations/<lang>.json (dotted keys, `{name}`
// placeholders). Swedish is the source: every key exists there, and a test checks English has
// the same keys.
import en from '../../translations/en.json';
import sv from '../../translations/sv.json';

export type Locale = 'sv' | 'en';
type DictionaryKey = keyof typeof sv;
/** `list.count` for the pair `list.count.one` / `list.count.other`. */
type PluralKey = DictionaryKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
export type UiKey = DictionaryKey | PluralKey;
export type Params = Record<string, string | number>;
export type Translate = (key: UiKey, params?: Params) => string;

const dictionaries: Record<Locale, Record<string, string>> = { sv, en };

const pluralRules = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };
const integerFormats = { sv: new Intl.NumberFormat('sv-SE'), en: new Intl.NumberFormat('en-GB') };

function fill(text: string, params: Params | undefined, locale: Locale): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatInteger(value, locale) : value;
  });
}

/** `1234` → `1 234` in Swedish, `1,234` in English. */
export function formatInteger(value: number, locale: Locale): string {
  return integerFormats[locale].format(value);
}

/** The translator for a language: `t('search.label')`, `t('list.count', { count: 3 })`. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => {
    // `x.one` / `x.other` pairs are chosen by the `count` parameter.
    if (params && typeof params.count === 'number') {
      const form = pluralRules[locale].select(params.count);
      const plural = dictionary[`${key}.${form}`] ?? dictionary[`${key}.other`];
      if (plural !== undefined) return fill(plural, params, locale);
    }
    const text = dictionary[key] ?? (sv as Record<string, string>)[key];
    if (text === undefined) throw new Error(`missing interface text "${key}"`);
    return fill(text, params, locale);
  };
}

export const otherLocale = (locale: Locale): Locale => (locale === 'sv' ? 'en' : 'sv');

/** Every string whose key starts with `prefix` (`search.`), for an island's props; the prefix is removed. */
export function textsWithPrefix(locale: Locale, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dictionaries[locale])
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}
