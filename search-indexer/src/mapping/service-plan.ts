import type { ServicePlan } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** A municipal service plan: its municipality, how it was made, and the year of its latest decision. */
export function servicePlanDocument(entry: ServicePlan): SearchDocument {
  const last = entry.revisedAt && entry.revisedAt > entry.adoptedAt ? entry.revisedAt : entry.adoptedAt;
  return searchDocumentOf('service-plan', entry, {
    texts: [markdownToText(entry.body), entry.localGroupsHow],
    municipalities: [entry.municipality],
    year: Number(last.slice(0, 4)),
  });
}
