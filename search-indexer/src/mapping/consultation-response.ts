import { type ConsultationResponse, startOfStockholmDay } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

/** A consultation response (remissvar): the consultation's title and diarienummer are searchable too. */
export function consultationResponseDocument(entry: ConsultationResponse): SearchDocument {
  return searchDocumentOf('consultation-response', entry, {
    texts: [entry.consultationTitle, entry.referenceNumber, markdownToText(entry.body), markdownToText(entry.outcome)],
    organisations: [entry.issuer?.name, entry.respondent?.name],
    deadline: startOfStockholmDay(entry.consultationDeadline).getTime(),
    year: Number(entry.consultationDeadline.slice(0, 4)),
  });
}
