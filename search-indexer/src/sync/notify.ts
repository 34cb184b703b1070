// Signed requests from the indexer, with the same HMAC scheme as the CMS's webhooks: a CLI reindex
// tells the receiver when a new index was swapped in, and the receiver asks the site to rebuild
// after it has synced a change.
import { type SearchWebhookBody, signWebhook } from '@skb/content-types/webhook';
import { httpRequest } from '../http.ts';

/** POSTs `body` as JSON, signed; resolves to the status code. */
export async function postSigned(args: {
  url: string;
  secret: string;
  body: object;
  timeoutMs?: number;
}): Promise<number> {
  const body = JSON.stringify(args.body);
  const response = await httpRequest(args.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signWebhook({ secret: args.secret, body }) },
    body,
    timeoutMs: args.timeoutMs ?? 5000,
  });
  return response.status;
}

export const sendSignedWebhook = (args: { url: string; secret: string; body: SearchWebhookBody; timeoutMs?: number }) =>
  postSigned(args);
