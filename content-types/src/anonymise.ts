// Anonymising a helpdesk question before it is published as a public Q&A: the asker's name and
// e-mail address, and any e-mail address, phone number or personal identity number in the text,
// are replaced by a marker that says what was there.

const notLetterBefore = '(?<![\\p{L}\\p{N}])';
const notLetterAfter = '(?![\\p{L}\\p{N}])';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// ÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN, with -, + or a space, or nothing, before the last four digits.
const PERSONAL_NUMBER = new RegExp(`${notLetterBefore}(?:19|20)?\\d{6}[-+ ]?\\d{4}${notLetterAfter}`, 'gu');
// Swedish numbers (070-123 45 67, 08-123 456 78, +46 70 123 45 67) and other long digit runs.
const PHONE = new RegExp(
  `(?:\\+\\d{1,3}[\\s-]?|${notLetterBefore}0)\\d{1,4}(?:[\\s-]?\\d{2,4}){2,4}${notLetterAfter}`,
  'gu',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text without the asker's name and without anything that looks like contact details or a personnummer. */
export function anonymise(text: string, asker: { name?: string | null; email?: string | null } = {}): string {
  let result = text;
  if (asker.email) result = result.replace(new RegExp(escapeRegExp(asker.email), 'giu'), '[e-postadress]');
  result = result.replace(EMAIL, '[e-postadress]');
  result = result.replace(PERSONAL_NUMBER, '[personnummer]');
  result = result.replace(PHONE, '[telefonnummer]');
  const name = asker.name?.trim();
  if (name) {
    const parts = [name, ...name.split(/\s+/)].filter((part) => part.length >= 2);
    for (const part of parts) {
      result = result.replace(new RegExp(`${notLetterBefore}${escapeRegExp(part)}${notLetterAfter}`, 'giu'), '[namn]');
    }
    result = result.replace(/\[namn\](?:\s+\[namn\])+/g, '[namn]');
  }
  return result;
}

/** What the anonymisation would still find in a text: empty when it is clean. */
export function personalDataIn(text: string, asker: { name?: string | null; email?: string | null } = {}): boolean {
  return anonymise(text, asker) !== text;
}
