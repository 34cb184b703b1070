import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../serve/static-server.ts';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '../src/lib/security/csp.ts';

describe('the Content-Security-Policy', () => {
  it('hashes the inline scripts that run, not data blocks or external scripts', () => {
    const html = `<script>(()=>{customElements.define('astro-island',1)})()</script>
      <script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>
      <SCRIPT type="module">import "/_astro/b.js"</SCRIPT>`;
    expect(inlineScripts(html)).toEqual(["(()=>{customElements.define('astro-island',1)})()", 'import "/_astro/b.js"']);
    // The hash CSP expects: base64 of SHA-256 over the exact text.
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('allows only own scripts and the hashed ones, no framing, and only the given origins', () => {
    const policy = contentSecurityPolicy({
      scriptHashes: ["'sha256-x'"],
      connectOrigins: ['http://127.0.0.1:7700/', 'http://127.0.0.1:1337'],
      imageOrigins: ['http://127.0.0.1:1337/uploads'],
      formOrigins: ['http://127.0.0.1:1337'],
    });
    expect(policy).toContain("script-src 'self' 'sha256-x';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:7700 http://127.0.0.1:1337;");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe('the static server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skb-headers-'));
  const withHeaders = path.join(dir, 'with');
  const without = path.join(dir, 'without');
  for (const root of [withHeaders, without]) {
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<h1>Start</h1>');
  }
  writeFileSync(
    path.join(withHeaders, '_headers'),
    headersFile("default-src 'self'; frame-ancestors 'none'; x-test 1"),
  );
  const servers = [createStaticServer({ root: withHeaders }), createStaticServer({ root: without })];
  const ports: number[] = [];

  beforeAll(async () => {
    for (const server of servers) {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      ports.push((server.address() as AddressInfo).port);
    }
  });
  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });

  it("sends the build's policy and the site headers with every page", async () => {
    const response = await fetch(`http://127.0.0.1:${ports[0]}/`);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; frame-ancestors 'none'; x-test 1",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`http://127.0.0.1:${ports[0]}/_headers`)).status).toBe(404);
  });

  it('falls back to a strict policy for a build without one', async () => {
    const response = await fetch(`http://127.0.0.1:${ports[1]}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
