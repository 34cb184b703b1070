// Interface text inside islands: the page passes the strings an island needs as a plain object (the
// island never loads both dictionaries), and these helpers fill placeholders and pick plural forms.

export type IslandText = Record<string, string>;

/**
 * Number formats by language, made once and only when needed: making the first one on a page costs
 * tens of milliseconds on a phone (the browser loads the language's data), and whole numbers below
 * 1,000, most counts here, read the same in every format (plural rules are cheap to make).
 */
const numberFormats = new Map<'sv' | 'en', Intl.NumberFormat>();

function formatNumber(value: number, locale: 'sv' | 'en'): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB');
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** `text('results.count', { count: 3 })` picks `results.count.one`/`.other` by the count. */
export function islandTranslator(text: IslandText, locale: 'sv' | 'en') {
  const plural = new Intl.PluralRules(locale);
  return (key: string, params: Record<string, string | number> = {}): string => {
    const count = params.count;
    const template =
      (typeof count === 'number' ? (text[`${key}.${plural.select(count)}`] ?? text[`${key}.other`]) : undefined) ??
      text[key] ??
      key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}
