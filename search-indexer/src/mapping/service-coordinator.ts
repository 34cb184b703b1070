import type { ServiceCoordinator } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** A service coordinator: the post, its unit and mandate, and the municipalities it serves. No contact is indexed. */
export function serviceCoordinatorDocument(entry: ServiceCoordinator): SearchDocument {
  return searchDocumentOf('service-coordinator', entry, {
    texts: [markdownToText(entry.body), entry.roleTitle, entry.unit, markdownToText(entry.mandate)],
    municipalities: entry.municipalities,
  });
}
