import { describe, expect, it } from 'vitest';
import { type PreviewTarget, signPreviewQuery, verifyPreviewQuery } from '../src/preview-link.ts';

const SECRET = 'a-preview-secret-of-some-length';
const NOW = new Date('2026-11-30T12:00:00Z');
const TARGET: PreviewTarget = {
  type: 'api::case-study.case-study',
  documentId: 'd580m068e1cxhgwinvfm4dud',
  locale: 'sv',
  status: 'draft',
};
const signed = (overrides: Partial<Parameters<typeof signPreviewQuery>[0]> = {}) =>
  new URLSearchParams(signPreviewQuery({ secret: SECRET, target: TARGET, now: NOW, ...overrides }));
const verify = (query: URLSearchParams, now = NOW, secret = SECRET) => verifyPreviewQuery({ secret, query, now });

describe('preview links', () => {
  it('accepts the link it signed, until it expires an hour later', () => {
    const query = signed();
    expect(query.get('expires')).toBe(String(NOW.getTime() / 1000 + 3600));
    expect(verify(query)).toEqual({ ok: true, link: { ...TARGET, expires: NOW.getTime() / 1000 + 3600 } });
    expect(verify(query, new Date(NOW.getTime() + 3600_000)).ok).toBe(true);
    expect(verify(query, new Date(NOW.getTime() + 3601_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link whose entry, type, language, status or expiry was changed', () => {
    for (const [name, value] of [
      ['id', 'd580m068e1cxhgwinvfm4duX'],
      ['type', 'api::method.method'],
      ['locale', 'en'],
      ['status', 'published'],
      ['expires', String(NOW.getTime() / 1000 + 7200)],
    ]) {
      const query = signed();
      query.set(name, value);
      expect(verify(query), name).toEqual({ ok: false, reason: 'mismatch' });
    }
  });

  it('refuses a wrong signature, another secret, and malformed or missing fields', () => {
    const wrong = signed();
    wrong.set('sig', 'f'.repeat(64));
    expect(verify(wrong)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify(signed(), NOW, 'another-secret-entirely')).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify(signed(), NOW, '')).toEqual({ ok: false, reason: 'missing' });
    const short = signed();
    short.set('sig', 'abc');
    expect(verify(short)).toEqual({ ok: false, reason: 'malformed' });
    const missing = signed();
    missing.delete('sig');
    expect(verify(missing)).toEqual({ ok: false, reason: 'missing' });
    const twice = signed();
    twice.append('id', 'other');
    expect(verify(twice)).toEqual({ ok: false, reason: 'missing' });
    const newline = signed();
    newline.set('id', `${TARGET.documentId}\nsv`);
    expect(verify(newline)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('reads a query given as an object (Koa’s ctx.query) the same way', () => {
    const query = Object.fromEntries(signed());
    expect(verifyPreviewQuery({ secret: SECRET, query, now: NOW }).ok).toBe(true);
    expect(verifyPreviewQuery({ secret: SECRET, query: { ...query, id: ['a', 'b'] }, now: NOW }).ok).toBe(false);
  });

  it('signs only what can be a link', () => {
    expect(() => signPreviewQuery({ secret: '', target: TARGET })).toThrow('PREVIEW_SECRET');
    expect(() => signPreviewQuery({ secret: SECRET, target: { ...TARGET, documentId: 'a b' } })).toThrow('documentId');
    expect(() => signPreviewQuery({ secret: SECRET, target: { ...TARGET, type: 'method' } })).toThrow('uid');
  });
});
