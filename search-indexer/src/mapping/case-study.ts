import type { CaseStudy } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** A case study (exempel): where it happened, when it started, what came of it and what was learnt. */
export function caseStudyDocument(entry: CaseStudy): SearchDocument {
  return searchDocumentOf('case-study', entry, {
    texts: [
      markdownToText(entry.body),
      markdownToText(entry.outcomes),
      markdownToText(entry.lessons),
      markdownToText(entry.funding),
    ],
    organisations: entry.organisations.map((organisation) => organisation.name),
    municipalities: entry.municipalities,
    projectStatus: entry.projectStatus,
    year: entry.startedYear,
  });
}
