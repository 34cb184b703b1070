// Signed webhooks between the parts of the bank: CMS → indexer (a changed entry), reindex CLI →
// indexer (a new index was swapped in), indexer → site (rebuild). Strapi's own webhooks cannot sign,
// so each sender signs its own: an HMAC-SHA256, keyed with the channel's own secret, over
// "<timestamp>.<nonce>.<body>". The timestamp stops a captured request from being replayed later than
// the tolerance; the nonce, remembered by the receiver for as long as the timestamp is accepted
// (webhook-replay.ts), stops it from being replayed within it.
// Node only (node:crypto): exported as `@skb/content-types/webhook`, never from the package root, so
// that browser bundles of the site do not pull it in.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export { type NonceCheck, SeenNonces } from './webhook-replay.ts';

/** Unix seconds at which the request was signed. */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-skb-timestamp';
/** A value used once: the receiver refuses a second request with the same one. */
export const WEBHOOK_NONCE_HEADER = 'x-skb-nonce';
/** `v2=<hex HMAC-SHA256 of "<timestamp>.<nonce>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-skb-signature';
/** Requests signed longer ago (or further in the future) than this are refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
/** Webhook bodies are a few hundred bytes; a receiver refuses more with 413 before reading it all. */
export const WEBHOOK_MAX_BODY_BYTES = 64 * 1024;

const SCHEME = 'v2=';
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

function hmac(secret: string, timestamp: string, nonce: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.${nonce}.`).update(body).digest();
}

/** The headers that sign `body` at `now`, with a fresh nonce (or the one given, for tests). */
export function signWebhook(args: {
  secret: string;
  body: string;
  now?: Date;
  nonce?: string;
}): Record<string, string> {
  const timestamp = String(Math.floor((args.now ?? new Date()).getTime() / 1000));
  const nonce = args.nonce ?? randomUUID();
  return {
    [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
    [WEBHOOK_NONCE_HEADER]: nonce,
    [WEBHOOK_SIGNATURE_HEADER]: SCHEME + hmac(args.secret, timestamp, nonce, args.body).toString('hex'),
  };
}

export type WebhookVerification =
  | { ok: true; signedAt: Date; nonce: string }
  | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/**
 * Checks a request's signature. The comparison takes the same time whatever the signature, so it
 * tells an attacker nothing about how close a guess was. Whether the nonce was seen before is the
 * receiver's check (SeenNonces), after this one.
 */
export function verifyWebhook(args: {
  secret: string;
  body: string;
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
  now?: Date;
  toleranceSeconds?: number;
}): WebhookVerification {
  const { timestamp, nonce, signature } = args;
  if (!timestamp || !signature || !nonce) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !NONCE.test(nonce) || !signature.startsWith(SCHEME)) {
    return { ok: false, reason: 'malformed' };
  }
  const given = Buffer.from(signature.slice(SCHEME.length), 'hex');
  const expected = hmac(args.secret, timestamp, nonce, args.body);
  // A wrong length is not secret (the hash length is public), and timingSafeEqual needs equal lengths.
  if (given.length !== expected.length) return { ok: false, reason: 'malformed' };
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: 'mismatch' };
  const signedAt = Number(timestamp) * 1000;
  const age = Math.abs((args.now ?? new Date()).getTime() - signedAt) / 1000;
  if (age > (args.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) return { ok: false, reason: 'stale' };
  return { ok: true, signedAt: new Date(signedAt), nonce };
}

/** The signature headers of a request (node:http's lower-cased header map), for verifyWebhook. */
export function webhookHeaders(headers: Record<string, string | string[] | undefined>): {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
} {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    timestamp: one(WEBHOOK_TIMESTAMP_HEADER),
    nonce: one(WEBHOOK_NONCE_HEADER),
    signature: one(WEBHOOK_SIGNATURE_HEADER),
  };
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
