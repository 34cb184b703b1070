// Swedish-aware slugs: å and ä fold to a, ö to o (the way Swedes write them in web addresses), other
// accents are dropped, everything else that is not a letter or digit becomes one hyphen.

const SWEDISH_FOLDS: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o', ß: 'ss' };

/** Any letter outside ASCII (printable ASCII and whitespace need no folding). */
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/** Folds Swedish and other accented letters to ASCII: `Älvdalen` → `Alvdalen`. Case is kept. */
export function asciiFold(text: string): string {
  // Most words of a Swedish text are plain ASCII, or ASCII but for å, ä and ö: those need no Unicode
  // decomposition (a reindex folds millions of words).
  if (!NON_ASCII.test(text)) return text;
  const folded = text.replace(/[åäöæøßÅÄÖÆØ]/g, (letter) => {
    const lower = letter.toLowerCase();
    const ascii = SWEDISH_FOLDS[lower] ?? lower;
    return letter === lower ? ascii : ascii.toUpperCase();
  });
  return NON_ASCII.test(folded) ? folded.normalize('NFKD').replace(/\p{M}/gu, '') : folded;
}

export const MAX_SLUG_LENGTH = 80;

/** `Åsele torg` → `asele-torg`. Never empty: a title without letters or digits gives `post`. */
export function slugify(text: string): string {
  const slug = asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'post';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * A slug for `title` that `isTaken` says is free: `asele-torg`, then `asele-torg-2`, `asele-torg-3`…
 * `isTaken` is asked in order and may be async (a database lookup).
 */
export async function uniqueSlug(
  title: string,
  isTaken: (slug: string) => boolean | Promise<boolean>,
): Promise<string> {
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
