// A search gap: a query readers typed that found nothing, kept so that editors know what to write
// next. Only the text is kept, in a normal form; nothing that could be personal survives this
// module (e-mail addresses, phone and personal numbers make the query be dropped, not stored).

/** Longest query text kept, in characters; the endpoint refuses longer bodies outright. */
export const SEARCH_GAP_MAX_LENGTH = 120;

const PERSONAL = [
  /[^\s@]+@[^\s@]+/, // an e-mail address
  /\d[\d\s-]{6,}\d/, // a phone number, personal number or any long run of digits
];

/**
 * The query as a search gap is stored: trimmed, inner whitespace collapsed, lower case (in Swedish),
 * or null when there is nothing to keep: empty, too long, or looking like personal data.
 */
export function searchGapText(query: unknown): string | null {
  if (typeof query !== 'string') return null;
  const text = query.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
  if (text.length < 2 || text.length > SEARCH_GAP_MAX_LENGTH) return null;
  if (PERSONAL.some((pattern) => pattern.test(text))) return null;
  return text;
}

/** Whether the browser asks not to be tracked: Do Not Track or Global Privacy Control. */
export function browserOptsOut(navigator: { doNotTrack?: string | null; globalPrivacyControl?: boolean }): boolean {
  return navigator.doNotTrack === '1' || navigator.globalPrivacyControl === true;
}
