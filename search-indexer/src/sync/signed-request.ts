// Receiving a signed webhook, the same way on every channel (the indexer's /webhook and /reindexed,
// the site's /_stack/rebuild): a body larger than the limit is refused with 413 before it is read
// (by its Content-Length, or as soon as a chunked body passes the limit), then the signature is
// checked with the channel's own secret, then the nonce must not have been seen before.
import type http from 'node:http';
import {
  SeenNonces,
  verifyWebhook,
  WEBHOOK_MAX_BODY_BYTES,
  WEBHOOK_TOLERANCE_SECONDS,
  webhookHeaders,
} from '@skb/content-types/webhook';

export type SignedRequest =
  | { ok: true; body: string }
  | { ok: false; status: 401 | 413 | 503; error: string; reason?: string };

/** One per channel: the nonces its receiver has accepted. */
export const channelNonces = (limit?: number) => new SeenNonces({ windowMs: WEBHOOK_TOLERANCE_SECONDS * 1000, limit });

/** Reads the body up to `maxBytes`; undefined when it is larger (the rest is not read). */
export function readBodyWithin(req: http.IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        // Stop reading; the answer is sent with Connection: close, which ends the upload.
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function receiveSignedRequest(
  req: http.IncomingMessage,
  channel: { secret: string; nonces: SeenNonces; now?: () => Date; maxBytes?: number },
): Promise<SignedRequest> {
  const body = await readBodyWithin(req, channel.maxBytes ?? WEBHOOK_MAX_BODY_BYTES);
  if (body === undefined) return { ok: false, status: 413, error: 'body too large' };
  const now = channel.now?.() ?? new Date();
  const verified = verifyWebhook({ secret: channel.secret, body, now, ...webhookHeaders(req.headers) });
  if (!verified.ok) return { ok: false, status: 401, error: 'signature', reason: verified.reason };
  switch (channel.nonces.check(verified.nonce, verified.signedAt.getTime(), now.getTime())) {
    case 'replay':
      return { ok: false, status: 401, error: 'signature', reason: 'replayed' };
    case 'full':
      return { ok: false, status: 503, error: 'too many requests within the replay window; retry later' };
    default:
      return { ok: true, body };
  }
}

/** Writes a JSON answer; a refused upload also closes the connection, so its unread rest is dropped. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (status === 413) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(`${JSON.stringify(body)}\n`);
}
