import { APPLICANT_KINDS, type FundingCall, fundingCallStatus, type Locale } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf, stockholmYear } from './common.ts';

/**
 * A funding call (utlysning). Its status depends on `now`: the indexer maps open and upcoming calls
 * again when a date passes (see ../sync/funding-call-status.ts).
 */
export function fundingCallDocument(entry: FundingCall, now: Date): SearchDocument {
  const locale: Locale = entry.locale === 'en' ? 'en' : 'sv';
  const deadline = Date.parse(entry.deadline);
  return searchDocumentOf('funding-call', entry, {
    texts: [markdownToText(entry.body), ...entry.eligibleApplicants.map((kind) => APPLICANT_KINDS.label(kind, locale))],
    organisations: [entry.funder?.name],
    counties: entry.counties,
    status: fundingCallStatus({ opensAt: entry.opensAt, deadline: entry.deadline }, now),
    deadline,
    shownDate: deadline,
    opensAt: Date.parse(entry.opensAt),
    year: stockholmYear(deadline),
  });
}
