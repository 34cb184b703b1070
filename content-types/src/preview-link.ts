// Preview links: the CMS's preview button opens the site's `/forhandsvisning/` with the entry named
// in the query and an HMAC-SHA256 (keyed with PREVIEW_SECRET) over what it names and until when. The
// site's preview route and the CMS's preview read check the same signature, so a link shows one
// version of one entry, for a limited time, to whoever holds it, and nothing else.
// Node only (node:crypto): exported as `@skb/content-types/preview-link`, never from the package
// root, so that browser bundles do not pull it in.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The path of the preview route on the site. */
export const PREVIEW_PATH = '/forhandsvisning/';
/** How long a link works after the editor opened the preview. */
export const PREVIEW_LINK_SECONDS = 60 * 60;

export type PreviewStatus = 'draft' | 'published';

/** What a link names: one version of one entry. */
export interface PreviewTarget {
  /** Strapi uid of the type, `api::method.method`. */
  type: string;
  documentId: string;
  locale: 'sv' | 'en';
  status: PreviewStatus;
}

export interface SignedPreview extends PreviewTarget {
  /** Unix seconds after which the link no longer works. */
  expires: number;
}

const UID = /^api::[a-z][a-z0-9-]{0,60}\.[a-z][a-z0-9-]{0,60}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

function hmac(secret: string, link: SignedPreview): Buffer {
  // Every field is checked against a pattern without "\n" before it is signed or verified, so the
  // fields cannot be shifted into each other.
  const message = ['skb-preview-v1', link.type, link.documentId, link.locale, link.status, String(link.expires)].join(
    '\n',
  );
  return createHmac('sha256', secret).update(message).digest();
}

function checkTarget(target: PreviewTarget): void {
  if (!UID.test(target.type)) throw new Error(`not a content type uid: "${target.type}"`);
  if (!DOCUMENT_ID.test(target.documentId)) throw new Error(`not a documentId: "${target.documentId}"`);
  if (target.locale !== 'sv' && target.locale !== 'en') throw new Error(`not a locale of the bank: "${target.locale}"`);
  if (target.status !== 'draft' && target.status !== 'published') throw new Error(`not a status: "${target.status}"`);
}

/** The query string (without "?") of a link to `target`, valid for `seconds` from `now`. */
export function signPreviewQuery(args: {
  secret: string;
  target: PreviewTarget;
  now?: Date;
  seconds?: number;
}): string {
  if (!args.secret) throw new Error('PREVIEW_SECRET is empty');
  checkTarget(args.target);
  const expires = Math.floor((args.now ?? new Date()).getTime() / 1000) + (args.seconds ?? PREVIEW_LINK_SECONDS);
  const link: SignedPreview = { ...args.target, expires };
  return new URLSearchParams({
    type: link.type,
    id: link.documentId,
    locale: link.locale,
    status: link.status,
    expires: String(expires),
    sig: hmac(args.secret, link).toString('hex'),
  }).toString();
}

export type PreviewVerification =
  | { ok: true; link: SignedPreview }
  | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' | 'expired' };

/**
 * Checks a link's query. The comparison takes the same time whatever the signature; the expiry is
 * checked after the signature, so a forged link is always a mismatch.
 */
export function verifyPreviewQuery(args: {
  secret: string;
  query: URLSearchParams | Record<string, unknown>;
  now?: Date;
}): PreviewVerification {
  const get = (name: string): string | undefined => {
    if (args.query instanceof URLSearchParams) {
      const all = args.query.getAll(name);
      return all.length === 1 ? all[0] : undefined;
    }
    const value = args.query[name];
    return typeof value === 'string' ? value : undefined;
  };
  if (!args.secret) return { ok: false, reason: 'missing' };
  const [type, documentId, locale, status, expires, sig] = ['type', 'id', 'locale', 'status', 'expires', 'sig'].map(
    get,
  );
  if (!type || !documentId || !locale || !status || !expires || !sig) return { ok: false, reason: 'missing' };
  if (
    !UID.test(type) ||
    !DOCUMENT_ID.test(documentId) ||
    (locale !== 'sv' && locale !== 'en') ||
    (status !== 'draft' && status !== 'published') ||
    !/^\d{1,12}$/.test(expires) ||
    !SIGNATURE.test(sig)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const link: SignedPreview = { type, documentId, locale, status, expires: Number(expires) };
  if (!timingSafeEqual(Buffer.from(sig, 'hex'), hmac(args.secret, link))) return { ok: false, reason: 'mismatch' };
  if ((args.now ?? new Date()).getTime() / 1000 > link.expires) return { ok: false, reason: 'expired' };
  return { ok: true, link };
}
