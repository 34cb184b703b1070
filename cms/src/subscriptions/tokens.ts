import { createHmac, timingSafeEqual } from 'node:crypto';

// Signed links (HMAC-SHA256 with DIGEST_SECRET): `<payload>.<signature>`, the payload base64url JSON.
// A link names its purpose, the subscription and that subscription's nonce, so it cannot be used for
// another purpose, and dies with the subscription (a new one has a new nonce). Confirmation links
// expire and carry the choices they confirm, so that nobody can change another person's choices.

export type LinkPurpose = 'confirm' | 'unsubscribe';

export interface LinkPayload {
  /** Purpose. */
  p: LinkPurpose;
  /** documentId of the subscription. */
  d: string;
  /** The subscription's nonce. */
  n: string;
  /** Expiry, milliseconds since 1970 (0 = none). */
  e: number;
  /** Choices to store on confirmation. */
  c?: unknown;
}

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signLink(secret: string, payload: LinkPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The payload of a link that is genuine, for this purpose and not expired; otherwise null. */
export function verifyLink(secret: string, token: unknown, purpose: LinkPurpose, now = Date.now()): LinkPayload | null {
  if (typeof token !== 'string' || token.length > 4000) return null;
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let payload: LinkPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (payload?.p !== purpose || typeof payload.d !== 'string' || typeof payload.n !== 'string') return null;
  if (typeof payload.e !== 'number' || (payload.e !== 0 && payload.e < now)) return null;
  return payload;
}
