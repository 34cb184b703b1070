// One build's preview renderer, in a worker thread of the stack's site server (preview-server.ts).
// The build's server code (and the content the build was made from) is loaded here, not in the server's
// own thread: when a newer build is served, the server ends this worker and the memory goes with it;
// an ES module, once imported, could never be unloaded.
//
// It listens on a loopback port of its own for the server alone: each request carries, as its JSON
// body, the `locals` the page renders (the entry the server read from the CMS).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { CMS_DATA_FILE, CMS_DATA_KEY } from '../src/data/cms-data-handoff.ts';
import { readHandover } from './handover.ts';

type AstroHandler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: (error?: unknown) => void,
  locals: Record<string, unknown>,
) => Promise<void>;

const { entry } = workerData as { entry: string };
/**
 * How long a renderer waits for its build's copy of the CMS data: the stack's renderer writes it just
 * after the build is served (site/scripts/renderer.ts), so a preview in the first second may be early.
 */
const HANDOVER_WAIT_MS = 5_000;

// The content the build was made from, beside its server code (src/integrations/cms-data.ts and the
// stack's renderer): the page code finds it instead of reading the whole CMS again. A build without
// it reads the CMS.
const data = await readHandover(new URL(CMS_DATA_FILE, pathToFileURL(entry)), HANDOVER_WAIT_MS);
if (data !== undefined) (globalThis as Record<symbol, unknown>)[CMS_DATA_KEY] = Promise.resolve(data);
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };

const server = http.createServer(async (request, response) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const locals = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    // The page is rendered as the GET the reader sent; the POST only carried the locals here.
    request.method = 'GET';
    await handler(
      request,
      response,
      () => {
        if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Sidan finns inte.\n');
      },
      locals,
    );
  } catch (error) {
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`${(error as Error).message}\n`);
  }
});
server.listen(0, '127.0.0.1', () => {
  parentPort?.postMessage({ port: (server.address() as AddressInfo).port });
});
