import type { TrendNote } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** A trend note (omvärldsbevakning): its region is the counties it concerns (none: all of Sweden). */
export function trendNoteDocument(entry: TrendNote): SearchDocument {
  return searchDocumentOf('trend-note', entry, {
    texts: [markdownToText(entry.body), ...entry.sourceLinks.map((link) => link.label)],
    counties: entry.region,
  });
}
