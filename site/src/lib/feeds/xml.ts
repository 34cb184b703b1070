// Escaping for XML text and attributes: the five predefined entities, and characters XML 1.0
// does not allow at all (control characters an editor might paste) removed.

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or attribute value, safe inside XML. */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text with the characters XML 1.0 forbids removed, for a library that escapes the rest itself. */
export function withoutForbiddenXmlCharacters(value: string): string {
  return value.replace(FORBIDDEN, '');
}
