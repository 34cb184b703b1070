import { EVENT_KINDS, type Event, type Locale } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf, stockholmYear } from './common.ts';

/** An event (evenemang): when it starts, where it is held and who organises it. */
export function eventDocument(entry: Event): SearchDocument {
  const locale: Locale = entry.locale === 'en' ? 'en' : 'sv';
  const startsAt = Date.parse(entry.startsAt);
  return searchDocumentOf('event', entry, {
    texts: [
      markdownToText(entry.body),
      EVENT_KINDS.label(entry.kind, locale),
      entry.location,
      // A nätverksträff's minutes and decisions are found by what was said and decided.
      markdownToText(entry.minutes),
      ...entry.decisions.map((decision) => decision.decision),
    ],
    organisations: [entry.organiser?.name],
    municipalities: entry.municipality ? [entry.municipality] : [],
    places: [entry.location],
    eventKind: entry.kind,
    startsAt,
    shownDate: startsAt,
    year: stockholmYear(startsAt),
  });
}
