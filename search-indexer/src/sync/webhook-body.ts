// What a webhook body may say, checked field by field. It only names what changed; anything else in
// it is ignored, and nothing in it is ever written to the index.
import { contentTypeByUid, LOCALES, PUBLIC_TYPES, question, TAXONOMY_TYPES } from '@skb/content-types';
import { SEARCH_WEBHOOK_EVENTS } from '@skb/content-types/webhook';
import { z } from 'zod';
import type { SyncKey } from './sync-key.ts';

const body = z.object({
  event: z.enum(SEARCH_WEBHOOK_EVENTS),
  uid: z.string().max(200).optional(),
  documentId: z
    .string()
    .regex(/^[A-Za-z0-9]{1,64}$/)
    .optional(),
  locale: z.enum(LOCALES).nullish(),
  since: z.number().int().nonnegative().optional(),
});

export type WebhookMessage =
  /** Re-read these language versions of one entry. */
  | { kind: 'entry'; keys: SyncKey[] }
  /** A taxonomy term changed: its name may be in many documents. */
  | { kind: 'taxonomy' }
  /** A full reindex swapped in a new index: changes since `since` may be missing from it. */
  | { kind: 'rebuilt'; since: number }
  /** A helpdesk question changed: its published answer may have appeared, changed or gone. */
  | { kind: 'questions' }
  /** Something the index does not hold (users, other private types). */
  | { kind: 'ignored' };

export type ParsedWebhook = { ok: true; message: WebhookMessage } | { ok: false; field: string; message: string };

const publicUids = new Set<string>(PUBLIC_TYPES.map((type) => type.uid));
const taxonomyUids = new Set<string>(TAXONOMY_TYPES.map((type) => type.uid));

export function parseWebhookBody(raw: string): ParsedWebhook {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, field: '(body)', message: 'is not JSON' };
  }
  const parsed = body.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: issue?.path.join('.') || '(body)', message: issue?.message ?? 'is not valid' };
  }
  const { event, uid, documentId, locale, since } = parsed.data;
  if (event === 'index.rebuilt') {
    if (since === undefined) return { ok: false, field: 'since', message: 'is required for index.rebuilt' };
    return { ok: true, message: { kind: 'rebuilt', since } };
  }
  if (!uid) return { ok: false, field: 'uid', message: 'is required for entry events' };
  if (taxonomyUids.has(uid)) return { ok: true, message: { kind: 'taxonomy' } };
  if (uid === question.uid) return { ok: true, message: { kind: 'questions' } };
  if (!publicUids.has(uid)) return { ok: true, message: { kind: 'ignored' } };
  if (!documentId) return { ok: false, field: 'documentId', message: 'is required for entry events' };
  const type = contentTypeByUid(uid);
  if (!type) return { ok: true, message: { kind: 'ignored' } };
  const locales = locale ? [locale] : [...LOCALES];
  return {
    ok: true,
    message: {
      kind: 'entry',
      keys: locales.map((one) => ({ type: type.name as SyncKey['type'], documentId, locale: one })),
    },
  };
}
