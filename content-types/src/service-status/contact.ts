// A service coordinator's public contact must reach the function, not a person: the post outlives
// whoever holds it, and a person's own address or mobile number is personal data the bank never
// publishes. These rules refuse what looks personal; the help text of the fields says the same.

/** Words that make an address a function's even when it has a dot or hyphen (`landsbygd.service@`). */
const FUNCTION_WORDS = [
  'kommun',
  'landsbygd',
  'service',
  'kontakt',
  'info',
  'registrator',
  'naringsliv',
  'utveckling',
  'samordnare',
  'servicesamordnare',
  'kundtjanst',
  'kontaktcenter',
  'medborgarservice',
  'forvaltning',
  'enhet',
  'planering',
  'tillvaxt',
];

/** Mail services where addresses belong to private persons. */
const PERSONAL_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.se',
  'outlook.com',
  'outlook.se',
  'live.se',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.se',
  'icloud.com',
  'me.com',
  'telia.com',
  'spray.se',
  'bredband.net',
  'protonmail.com',
  'proton.me',
];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Why an e-mail address looks like a private person's, or null when it looks like a function's. */
export function personalEmailReason(address: string): string | null {
  const [local = '', domain = ''] = fold(address.trim()).split('@');
  if (PERSONAL_MAIL_DOMAINS.includes(domain)) {
    return `${domain} är en privat e-posttjänst; ange kommunens funktionsadress, till exempel landsbygd@kommun.se`;
  }
  const parts = local.split(/[._-]+/).filter(Boolean);
  const looksLikeName = parts.length >= 2 && parts.every((part) => /^[a-z]+$/.test(part));
  if (looksLikeName && !parts.some((part) => FUNCTION_WORDS.some((word) => part.includes(word)))) {
    return 'ser ut som en persons adress (förnamn.efternamn@…); ange en funktionsadress, till exempel landsbygd@kommun.se';
  }
  return null;
}

/** Why a phone number looks like a mobile (personal) number, or null for a switchboard or direct line. */
export function personalPhoneReason(phone: string): string | null {
  const digits = phone.replace(/[\s()-]/g, '');
  // Swedish mobile numbers are 07x (070, 072, 073, 076, 079), +467x or 00467x from abroad.
  if (/^(?:0|\+46|0046)7\d/.test(digits)) {
    return 'ser ut som ett mobilnummer (07…); ange kommunens växel eller funktionens nummer';
  }
  return null;
}
