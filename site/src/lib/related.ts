// Links between entries: a relation the CMS serves points to a page only when that entry is
// published in this build; and "related" entries share a service area.

import type { Bank, BankEntry } from './bank.ts';
import type { Locale } from './i18n.ts';

/** The page of a related entry in `locale` (or its other language), or undefined when it is not published. */
export function refPath(
  bank: Bank,
  type: BankEntry['type'],
  documentId: string,
  locale: Locale,
): { path: string; locale: Locale } | undefined {
  const versions = bank.versionsOf(`${type}/${documentId}`);
  const entry = versions[locale] ?? versions[locale === 'sv' ? 'en' : 'sv'];
  return entry ? { path: entry.path, locale: entry.locale } : undefined;
}

/** Up to `limit` other entries that share a service area with `entry`, newest first. */
export function relatedEntries(bank: Bank, entry: BankEntry, locale: Locale, limit = 4): BankEntry[] {
  const found: BankEntry[] = [];
  const seen = new Set([entry.key]);
  for (const area of entry.areas) {
    for (const candidate of bank.inArea(locale, area.slug)) {
      if (found.length >= limit) return found;
      if (seen.has(candidate.key)) continue;
      seen.add(candidate.key);
      found.push(candidate);
    }
  }
  return found;
}
