// Signed webhooks between the CMS and the search indexer. Strapi's own webhooks cannot sign, so the
// CMS sends its own: an HMAC-SHA256, keyed with a shared secret, over "<timestamp>.<body>". The
// timestamp in the signature stops a captured request from being replayed later than the tolerance.
// Node only (node:crypto): exported as `@skb/content-types/webhook`, never from the package root, so
// that browser bundles of the site do not pull it in.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Unix seconds at which the request was signed. */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-skb-timestamp';
/** `v1=<hex HMAC-SHA256 of "<timestamp>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-skb-signature';
/** Requests signed longer ago (or further in the future) than this are refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const SCHEME = 'v1=';

function hmac(secret: string, timestamp: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

/** The headers that sign `body` at `now`. */
export function signWebhook(args: { secret: string; body: string; now?: Date }): Record<string, string> {
  const timestamp = String(Math.floor((args.now ?? new Date()).getTime() / 1000));
  return {
    [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
    [WEBHOOK_SIGNATURE_HEADER]: SCHEME + hmac(args.secret, timestamp, args.body).toString('hex'),
  };
}

export type WebhookVerification =
  | { ok: true; signedAt: Date }
  | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/**
 * Checks a request's signature. The comparison takes the same time whatever the signature, so it
 * tells an attacker nothing about how close a guess was.
 */
export function verifyWebhook(args: {
  secret: string;
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  now?: Date;
  toleranceSeconds?: number;
}): WebhookVerification {
  const { timestamp, signature } = args;
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !signature.startsWith(SCHEME)) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(signature.slice(SCHEME.length), 'hex');
  const expected = hmac(args.secret, timestamp, args.body);
  // A wrong length is not secret (the hash length is public), and timingSafeEqual needs equal lengths.
  if (given.length !== expected.length) return { ok: false, reason: 'malformed' };
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: 'mismatch' };
  const signedAt = Number(timestamp) * 1000;
  const age = Math.abs((args.now ?? new Date()).getTime() - signedAt) / 1000;
  if (age > (args.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) return { ok: false, reason: 'stale' };
  return { ok: true, signedAt: new Date(signedAt) };
}

/** Events the CMS reports to the indexer: Strapi's document events, and a finished full reindex. */
export const SEARCH_WEBHOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'index.rebuilt',
] as const;
export type SearchWebhookEvent = (typeof SEARCH_WEBHOOK_EVENTS)[number];

/**
 * The body of a webhook to the indexer. It names what changed and nothing else: the indexer reads the
 * entry itself from the CMS and never trusts a body for content.
 */
export interface SearchWebhookBody {
  event: SearchWebhookEvent;
  /** Strapi uid of the content type, `api::method.method` (entry events). */
  uid?: string;
  /** The entry's document id (entry events). */
  documentId?: string;
  /** The language version concerned; absent or null for all of them. */
  locale?: string | null;
  /** `index.rebuilt`: epoch ms at which the reindex started reading the CMS. */
  since?: number;
}
