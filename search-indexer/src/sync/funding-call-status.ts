// A funding call's status (kommande → öppen → stängd) changes when its dates pass, while nothing is
// published and no webhook comes. The receiver keeps it current: it looks up the calls in the index
// that are not yet closed, queues those whose status is now out of date for the ordinary sync (a
// fresh read from the CMS maps them again with the current status; nothing is patched in place, so
// a call unpublished meanwhile cannot come back as half a document), and sleeps until the next
// opening or deadline among them, or at most an hour, which also picks up calls published meanwhile.
import { deadlineClosesAt, fundingCallStatus } from '@skb/content-types';
import type { SearchDocument } from '@skb/content-types/search';
import type { Meilisearch } from 'meilisearch';
import type { SyncKey } from './sync-key.ts';

export const MAX_STATUS_SLEEP_MS = 60 * 60_000;

type CallFields = Pick<SearchDocument, 'documentId' | 'locale' | 'opensAt' | 'deadline' | 'status'>;

export interface StatusCheck {
  /** Calls whose indexed status is out of date. */
  due: SyncKey[];
  /** When the next status change is due (or the hourly check). */
  nextAt: Date;
}

/** When a call's status next changes, or undefined when it is closed. */
export function nextStatusChange(
  call: { opensAt: number | null; deadline: number | null },
  now: Date,
): number | undefined {
  if (call.deadline === null) return undefined;
  if (call.opensAt !== null && now.getTime() < call.opensAt) return call.opensAt;
  const closesAt = deadlineClosesAt(new Date(call.deadline)).getTime();
  return now.getTime() < closesAt ? closesAt : undefined;
}

export async function checkFundingCallStatuses(args: {
  client: Meilisearch;
  indexUid: string;
  now: Date;
}): Promise<StatusCheck> {
  const { client, indexUid, now } = args;
  const index = client.index<SearchDocument>(indexUid);
  const calls: CallFields[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<CallFields>({
      filter: 'type = "funding-call" AND status IN ["kommande", "öppen"]',
      fields: ['documentId', 'locale', 'opensAt', 'deadline', 'status'],
      limit: 1000,
      offset,
    });
    calls.push(...page.results);
    if (page.results.length < 1000) break;
  }

  const due: SyncKey[] = [];
  let next = now.getTime() + MAX_STATUS_SLEEP_MS;
  for (const call of calls) {
    if (call.deadline === null) continue;
    const opensAt = call.opensAt === null ? null : new Date(call.opensAt);
    if (fundingCallStatus({ opensAt, deadline: new Date(call.deadline) }, now) !== call.status) {
      due.push({ type: 'funding-call', documentId: call.documentId, locale: call.locale });
    }
    const change = nextStatusChange(call, now);
    if (change !== undefined) next = Math.min(next, change);
  }
  return { due, nextAt: new Date(next) };
}
