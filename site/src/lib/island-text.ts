// Interface text inside islands: the page passes the strings an island needs as a plain object (the
// island never loads both dictionaries), and these helpers fill placeholders and pick plural forms.

export type IslandText = Record<string, string>;

/** `text('results.count', { count: 3 })` picks `results.count.one`/`.other` by the count. */
export function islandTranslator(text: IslandText, locale: 'sv' | 'en') {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB');
  return (key: string, params: Record<string, string | number> = {}): string => {
    const count = params.count;
    const template =
      (typeof count === 'number' ? (text[`${key}.${plural.select(count)}`] ?? text[`${key}.other`]) : undefined) ??
      text[key] ??
      key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
