import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCodings, chooseCoding, createStaticServer } from '../serve/static-server.ts';
import { compressTree } from '../src/integrations/compress.ts';

/** GET with the path sent exactly as written (a URL object would resolve `..` before sending). */
function get(port: number, rawPath: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            location: response.headers.location,
          }),
        );
      })
      .on('error', reject);
  });
}

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

describe('static server', () => {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'skb-static-'));
  const build = path.join(siteDir, 'builds', 'b1');
  mkdirSync(path.join(build, 'metoder', 'bystamma'), { recursive: true });
  writeFileSync(path.join(build, 'index.html'), '<h1>Start</h1>');
  writeFileSync(path.join(build, 'metoder', 'bystamma', 'index.html'), '<h1>Bystämma</h1>');
  writeFileSync(path.join(build, '404.html'), '<h1>Sidan finns inte</h1>');
  writeFileSync(path.join(build, 'rss.xml'), '<rss/>');
  // Secrets one level above the served folder as the server sees it (the link resolved) and one above
  // the link itself: where a `..` that slipped through would land.
  writeFileSync(path.join(siteDir, 'builds', 'secret.txt'), 'hemligt');
  writeFileSync(path.join(siteDir, 'secret.txt'), 'hemligt');
  // A stack build's preview server code (astro.config.mjs): the server's, not the readers'.
  mkdirSync(path.join(build, '_preview-server', 'chunks'), { recursive: true });
  writeFileSync(path.join(build, '_preview-server', 'entry.mjs'), 'export const handler = "serverkod";');
  writeFileSync(path.join(build, '_preview-server', 'chunks', 'page.mjs'), 'export default "serverkod";');
  // Every build's manifest for the next partial build (src/integrations/partial.ts).
  mkdirSync(path.join(build, '_build'));
  writeFileSync(path.join(build, '_build', 'manifest.json'), '{"fingerprint":"byggets"}');
  symlinkSync(path.join('builds', 'b1'), path.join(siteDir, 'current'));
  const server = createStaticServer({ root: path.join(siteDir, 'current') });
  const redirecting = createStaticServer({ root: path.join(siteDir, 'current'), redirectFolders: true });
  let port = 0;
  let redirectingPort = 0;

  beforeAll(async () => {
    port = await listen(server);
    redirectingPort = await listen(redirecting);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => redirecting.close(resolve));
  });

  it('serves index.html for folders and the right content type', async () => {
    expect(await get(port, '/')).toMatchObject({ status: 200, body: '<h1>Start</h1>' });
    expect((await get(port, '/metoder/bystamma/')).body).toBe('<h1>Bystämma</h1>');
    expect((await get(port, '/metoder/bystamma')).status).toBe(200);
  });

  it('answers 404 with the site 404 page', async () => {
    expect(await get(port, '/finns-inte/')).toMatchObject({ status: 404, body: '<h1>Sidan finns inte</h1>' });
  });

  it('never serves files outside the site', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/metoder/../../secret.txt',
      '/..%2fsecret.txt',
      '/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const response = await get(port, attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('hemligt');
    }
  });

  it('never serves the preview route’s server code', async () => {
    for (const attempt of [
      '/_preview-server/entry.mjs',
      '/_preview-server/chunks/page.mjs',
      '/_preview-server/',
      '/metoder/../_preview-server/entry.mjs',
      '/%5Fpreview-server/entry.mjs',
    ]) {
      const response = await get(port, attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('serverkod');
    }
  });

  it('never serves the build’s manifest', async () => {
    for (const attempt of ['/_build/manifest.json', '/_build/', '/%5Fbuild/manifest.json']) {
      const response = await get(port, attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('byggets');
    }
  });

  it('redirects a folder asked for without its slash when told to, as static hosts do', async () => {
    expect(await get(redirectingPort, '/metoder/bystamma?q=1')).toMatchObject({
      status: 301,
      location: '/metoder/bystamma/?q=1',
    });
    expect((await get(redirectingPort, '/metoder/bystamma/')).body).toBe('<h1>Bystämma</h1>');
    expect((await get(redirectingPort, '/rss.xml')).status).toBe(200);
  });
});

/** GET (or HEAD) with the given headers; the body as raw bytes. */
function request(
  port: number,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .request({ host: '127.0.0.1', port, path: rawPath, headers, method }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }),
        );
      })
      .on('error', reject)
      .end();
  });
}

describe('Accept-Encoding', () => {
  const all = ['br', 'gzip', 'identity'] as const;
  it('prefers br, then gzip, then identity, honouring q-values', () => {
    expect(chooseCoding('gzip, deflate, br', all)).toBe('br');
    expect(chooseCoding('gzip, deflate, br, zstd', ['gzip', 'identity'])).toBe('gzip');
    expect(chooseCoding('br;q=0.5, gzip', all)).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip;q=0.1', all)).toBe('gzip');
    expect(chooseCoding('BR;Q=1.0', all)).toBe('br');
    expect(chooseCoding('*', all)).toBe('br');
    expect(chooseCoding('x-gzip', all)).toBe('gzip');
    expect(chooseCoding('deflate', all)).toBe('identity');
    expect(chooseCoding('', all)).toBe('identity');
    expect(chooseCoding(undefined, all)).toBe('identity');
    // An invalid weight counts as a refusal.
    expect(chooseCoding('br;q=2', all)).toBe('identity');
  });
  it('refuses identity only when told to, by name or by *;q=0', () => {
    expect(chooseCoding('gzip, identity;q=0', all)).toBe('gzip');
    expect(chooseCoding('identity;q=0', ['identity'])).toBeNull();
    expect(chooseCoding('br, *;q=0', ['gzip', 'identity'])).toBeNull();
    expect(chooseCoding('br, *;q=0, identity', ['gzip', 'identity'])).toBe('identity');
    expect(acceptedCodings('gzip;q=0.8, *;q=0.1').get('br')).toBe(0.1);
  });
});

describe('static server: compressed copies and caching', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skb-static-enc-'));
  const page = `<!doctype html><h1>Lanthandel</h1>${'<p>Byn har en butik med drivmedel och ombud.</p>'.repeat(80)}`;
  const script = `export const x = ${JSON.stringify('a'.repeat(4000))};`;
  mkdirSync(path.join(dir, '_astro'));
  mkdirSync(path.join(dir, 'metoder'));
  writeFileSync(path.join(dir, 'metoder', 'index.html'), page);
  writeFileSync(path.join(dir, '_astro', 'Search.abc123.js'), script);
  writeFileSync(path.join(dir, 'rss.xml'), `<rss>${'<item>nyhet</item>'.repeat(200)}</rss>`);
  writeFileSync(path.join(dir, 'tiny.txt'), 'liten');
  writeFileSync(path.join(dir, '404.html'), `<h1>Sidan finns inte</h1>${' '.repeat(2000)}`);
  // A page a partial build took from the build before, with its copy: left as it is.
  mkdirSync(path.join(dir, 'exempel'));
  writeFileSync(path.join(dir, 'exempel', 'index.html'), page);
  writeFileSync(path.join(dir, 'exempel', 'index.html.br'), 'tidigare');
  mkdirSync(path.join(dir, '_build'));
  writeFileSync(path.join(dir, '_build', 'manifest.json'), JSON.stringify({ pages: page }));
  const server = createStaticServer({ root: dir });
  let port = 0;

  beforeAll(async () => {
    await compressTree(dir);
    port = await listen(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('writes brotli and gzip copies beside text files, none for tiny ones', async () => {
    const files = readdirSync(dir, { recursive: true }).map(String).sort();
    expect(files).toEqual(
      expect.arrayContaining(['metoder/index.html.br', 'metoder/index.html.gz', '_astro/Search.abc123.js.br']),
    );
    expect(files).not.toContain('tiny.txt.br');
    expect(files).not.toContain('tiny.txt.gz');
  });

  it('leaves alone the copies a partial build took from the build before, and never compresses the manifest', () => {
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(readFileSync(path.join(dir, 'exempel', 'index.html.br'), 'utf8')).toBe('tidigare');
    expect(files).not.toContain('exempel/index.html.gz');
    expect(files.filter((file) => file.startsWith('_build/'))).toEqual(['_build/manifest.json']);
  });

  it('sends the brotli copy to a browser, gzip to one without br, plain to one without either', async () => {
    const br = await request(port, '/metoder/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(page.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);

    const gz = await request(port, '/metoder/', { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gunzipSync(gz.body).toString()).toBe(page);

    const plain = await request(port, '/metoder/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(page);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(page));

    const head = await request(port, '/metoder/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-length']).toBe(br.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it('sends a file without copies plain, and 406 when the client refuses plain too', async () => {
    const tiny = await request(port, '/tiny.txt', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers.vary).toBeUndefined();
    expect(tiny.body.toString()).toBe('liten');
    expect((await request(port, '/tiny.txt', { 'accept-encoding': 'br, identity;q=0' })).status).toBe(406);
    const onlyBr = await request(port, '/metoder/', { 'accept-encoding': 'br, identity;q=0' });
    expect(onlyBr.headers['content-encoding']).toBe('br');
  });

  it('never serves a compressed copy by its own name', async () => {
    const direct = await request(port, '/metoder/index.html.br');
    expect(direct.status).toBe(404);
    expect(direct.body.toString()).toContain('Sidan finns inte');
  });

  it('caches hashed assets for ever, HTML never without asking, feeds for five minutes', async () => {
    const asset = await request(port, '/_astro/Search.abc123.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request(port, '/metoder/')).headers['cache-control']).toBe('no-cache');
    const feed = await request(port, '/rss.xml');
    expect(feed.headers['cache-control']).toBe('public, max-age=300');
    expect(feed.headers.etag).toBeTruthy();
    expect(feed.headers['last-modified']).toBeTruthy();
    const missing = await request(port, '/finns-inte/', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
    expect(missing.headers.etag).toBeUndefined();
    expect(brotliDecompressSync(missing.body).toString()).toContain('Sidan finns inte');
  });

  it('answers 304 to a matching ETag or date, with one ETag per coding', async () => {
    const br = await request(port, '/metoder/', { 'accept-encoding': 'br' });
    const gz = await request(port, '/metoder/', { 'accept-encoding': 'gzip' });
    const plain = await request(port, '/metoder/');
    const tags = [br.headers.etag, gz.headers.etag, plain.headers.etag];
    expect(new Set(tags).size).toBe(3);
    expect(br.headers.etag).toMatch(/-br"$/);
    expect(gz.headers.etag).toMatch(/-gzip"$/);

    const again = await request(port, '/metoder/', {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(br.headers.etag);
    expect(again.headers.vary).toBe('Accept-Encoding');
    // The gzip body's tag does not validate the brotli body.
    const other = await request(port, '/metoder/', {
      'accept-encoding': 'br',
      'if-none-match': String(gz.headers.etag),
    });
    expect(other.status).toBe(200);
    expect((await request(port, '/metoder/', { 'if-none-match': `W/${plain.headers.etag}, "x"` })).status).toBe(304);

    const modified = String(plain.headers['last-modified']);
    expect((await request(port, '/metoder/', { 'if-modified-since': modified })).status).toBe(304);
    expect((await request(port, '/metoder/', { 'if-modified-since': new Date(0).toUTCString() })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect(
      (await request(port, '/metoder/', { 'if-none-match': '"other"', 'if-modified-since': modified })).status,
    ).toBe(200);
  });
});
