// Entry → search document, the same ordered pipeline for every type: the API already dropped drafts
// and private fields; here the entry is checked against its type's schema, then mapped by its
// type's pure function, which sets the id `${type}-${documentId}-${locale}`.
import { type EntryByType, type PublicTypeName, publicTypeByName } from '@skb/content-types';
import type { SearchDocument } from '@skb/content-types/search';
import type { z } from 'zod';
import { InvalidEntryError } from '../errors.ts';
import { caseStudyDocument } from './case-study.ts';
import { consultationResponseDocument } from './consultation-response.ts';
import { eventDocument } from './event.ts';
import { fundingCallDocument } from './funding-call.ts';
import { methodDocument } from './method.ts';
import { advocacyActionDocument, goalDocument, networkDocument, projectDocument } from './network.ts';
import { serviceCoordinatorDocument } from './service-coordinator.ts';
import { servicePlanDocument } from './service-plan.ts';
import { trendNoteDocument } from './trend-note.ts';

type Mappers = { [T in PublicTypeName]: (entry: EntryByType[T], now: Date) => SearchDocument };

const MAPPERS: Mappers = {
  method: methodDocument,
  'case-study': caseStudyDocument,
  'funding-call': fundingCallDocument,
  'consultation-response': consultationResponseDocument,
  'trend-note': trendNoteDocument,
  event: eventDocument,
  'service-plan': servicePlanDocument,
  'service-coordinator': serviceCoordinatorDocument,
  goal: goalDocument,
  project: projectDocument,
  network: networkDocument,
  'advocacy-action': advocacyActionDocument,
};

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Checks an entry from the API against its type's schema and maps it. Throws InvalidEntryError,
 * naming the entry and the fields, when the CMS and the content model disagree.
 */
export function toSearchDocument(type: PublicTypeName, raw: unknown, now: Date): SearchDocument {
  const definition = publicTypeByName(type);
  if (!definition) throw new Error(`not a public type: ${type}`);
  const parsed = definition.entry.safeParse(raw);
  if (!parsed.success) {
    const key = raw as { documentId?: unknown; locale?: unknown };
    throw new InvalidEntryError({
      type,
      documentId: String(key?.documentId ?? '?'),
      locale: String(key?.locale ?? '?'),
      issues: issuesOf(parsed.error),
      cause: parsed.error,
    });
  }
  return MAPPERS[type](parsed.data as never, now);
}
