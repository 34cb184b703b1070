// HTTP over node:http with keep-alive sockets and Nagle's algorithm off. Node's global fetch costs
// about 45 ms per request to a local Meilisearch on this kind of machine (curl and node:http: 2–3
// ms), which would dominate both a publish's way into the index and a reindex's many requests.
import http from 'node:http';
import https from 'node:https';

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal | null;
  /** Milliseconds until the request is aborted (socket idle time counts). */
  timeoutMs?: number;
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }),
};

/**
 * Sends a request and reads the whole response as text. Rejects on network errors, never on a status.
 * A kept-alive socket that the server closed while it sat idle fails at once with ECONNRESET; the
 * server never read the request, so it is sent again (what Node's documentation advises for
 * `request.reusedSocket`), on a socket of its own: the pool may hold more sockets that the server
 * closed in the same moment, and a second one of those must not fail a reindex.
 */
export async function httpRequest(url: string | URL, request: HttpRequest = {}): Promise<HttpResponse> {
  try {
    return await sendOnce(url, request, false);
  } catch (error) {
    if (!(error instanceof StaleSocketError)) throw error;
    return sendOnce(url, request, true);
  }
}

class StaleSocketError extends Error {}

function sendOnce(url: string | URL, request: HttpRequest, freshSocket: boolean): Promise<HttpResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  const transport = target.protocol === 'https:' ? https : http;
  const agent = freshSocket ? false : target.protocol === 'https:' ? agents['https:'] : agents['http:'];
  const { signal } = request;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const req = transport.request(target, { method: request.method ?? 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    // Reject with the signal's own reason: callers (meilisearch-js among them) recognise their timeouts by it.
    const onAbort = () => {
      req.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('socket', (socket) => socket.setNoDelay(true));
    if (request.timeoutMs) {
      req.setTimeout(request.timeoutMs, () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    }
    req.on('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      const stale = req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(stale ? new StaleSocketError(error.message, { cause: error }) : error);
    });
    req.end(request.body);
  });
}
