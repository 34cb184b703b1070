import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../stack/static-server.ts';
import { httpGet } from '../stack/wait.ts';

describe('static server', () => {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'skb-static-'));
  const build = path.join(siteDir, 'builds', 'b1');
  mkdirSync(path.join(build, 'metoder', 'bystamma'), { recursive: true });
  writeFileSync(path.join(build, 'index.html'), '<h1>Start</h1>');
  writeFileSync(path.join(build, 'metoder', 'bystamma', 'index.html'), '<h1>Bystämma</h1>');
  writeFileSync(path.join(build, '404.html'), '<h1>Sidan finns inte</h1>');
  writeFileSync(path.join(build, 'rss.xml'), '<rss/>');
  writeFileSync(path.join(siteDir, 'secret.txt'), 'hemligt');
  symlinkSync(path.join('builds', 'b1'), path.join(siteDir, 'current'));
  const server = createStaticServer({ root: path.join(siteDir, 'current') });
  let base = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves index.html for folders and the right content type', async () => {
    expect(await httpGet(`${base}/`)).toMatchObject({ status: 200, body: '<h1>Start</h1>' });
    expect((await httpGet(`${base}/metoder/bystamma/`)).body).toBe('<h1>Bystämma</h1>');
    expect((await httpGet(`${base}/metoder/bystamma`)).status).toBe(200);
  });

  it('answers 404 with the site 404 page', async () => {
    expect(await httpGet(`${base}/finns-inte/`)).toMatchObject({ status: 404, body: '<h1>Sidan finns inte</h1>' });
  });

  it('never serves files outside the site', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/metoder/../../secret.txt', '/%00']) {
      const response = await httpGet(`${base}${attempt}`);
      expect(response.body).not.toContain('hemligt');
    }
  });
});
