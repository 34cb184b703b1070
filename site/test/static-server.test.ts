import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../serve/static-server.ts';

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
  writeFileSync(path.join(siteDir, 'secret.txt'), 'hemligt');
  // A stack build's preview server code (astro.config.mjs): the server's, not the readers'.
  mkdirSync(path.join(build, '_preview-server', 'chunks'), { recursive: true });
  writeFileSync(path.join(build, '_preview-server', 'entry.mjs'), 'export const handler = "serverkod";');
  writeFileSync(path.join(build, '_preview-server', 'chunks', 'page.mjs'), 'export default "serverkod";');
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
      '/%00',
    ]) {
      const response = await get(port, attempt);
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

  it('redirects a folder asked for without its slash when told to, as static hosts do', async () => {
    expect(await get(redirectingPort, '/metoder/bystamma?q=1')).toMatchObject({
      status: 301,
      location: '/metoder/bystamma/?q=1',
    });
    expect((await get(redirectingPort, '/metoder/bystamma/')).body).toBe('<h1>Bystämma</h1>');
    expect((await get(redirectingPort, '/rss.xml')).status).toBe(200);
  });
});
