import type { PublishedQuestion } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** The longest summary a Q&A's document shows: the beginning of its answer. */
const SUMMARY_CHARS = 300;

/**
 * A published helpdesk answer, as the CMS serves it anonymised: the question is its title, the answer
 * its text, in Swedish (the helpdesk answers in Swedish), located in the municipalities it concerns.
 */
export function questionDocument(item: PublishedQuestion): SearchDocument {
  const answer = markdownToText(item.answer);
  const summary = answer.length > SUMMARY_CHARS ? `${answer.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : answer;
  return searchDocumentOf(
    'question',
    {
      documentId: item.documentId,
      locale: 'sv',
      title: item.question,
      slug: item.documentId,
      summary,
      publishedAt: item.publishedAt,
      updatedAt: item.publishedAt,
      serviceAreas: item.serviceAreas,
      topics: [],
    },
    {
      texts: [answer, ...item.methods.filter((m) => m.locale === 'sv').map((m) => m.title)],
      municipalities: item.municipalities,
    },
  );
}
