import { describe, expect, it } from 'vitest';
import { corsAnswer } from '../src/security/cors-policy';
import { loadCorsSettings } from '../src/settings';

describe('CORS settings', () => {
  it('refuses a production CMS without an explicit list, naming CMS_CORS_ORIGINS', () => {
    for (const value of [undefined, '', '*', 'https://a.example,*']) {
      expect(() => loadCorsSettings({ NODE_ENV: 'production', CMS_CORS_ORIGINS: value })).toThrow(/CMS_CORS_ORIGINS/);
    }
    expect(loadCorsSettings({ NODE_ENV: 'production', CMS_CORS_ORIGINS: 'https://a.example/' }).corsOrigins).toEqual([
      'https://a.example',
    ]);
  });

  it('allows any origin outside production, and never null or a non-http origin', () => {
    expect(loadCorsSettings({}).corsOrigins).toBe('*');
    for (const value of ['null', 'file:///x', 'javascript:alert(1)']) {
      expect(() => loadCorsSettings({ CMS_CORS_ORIGINS: value })).toThrow(/CMS_CORS_ORIGINS/);
    }
  });
});

describe('corsAnswer', () => {
  const any = { corsOrigins: '*' as const, adminOrigin: 'https://cms.example' };

  it('answers the public API for any origin without credentials, but not null', () => {
    expect(corsAnswer(any, { path: '/api/methods', origin: 'https://x.example' })).toEqual({
      origin: '*',
      credentials: false,
    });
    expect(corsAnswer(any, { path: '/uploads/a.pdf', origin: 'https://x.example' })?.credentials).toBe(false);
    expect(corsAnswer(any, { path: '/api/methods', origin: 'null' })).toBeNull();
  });

  it('gives credentials only to the admin origin, and only off the public API', () => {
    expect(corsAnswer(any, { path: '/admin/renew-token', origin: 'https://x.example' })).toBeNull();
    expect(corsAnswer(any, { path: '/content-manager/x', origin: 'null' })).toBeNull();
    expect(corsAnswer(any, { path: '/admin/renew-token', origin: 'https://cms.example' })).toEqual({
      origin: 'https://cms.example',
      credentials: true,
    });
    expect(corsAnswer(any, { path: '/api/methods', origin: 'https://cms.example' })?.credentials).toBe(false);
    expect(
      corsAnswer({ ...any, adminOrigin: null }, { path: '/admin/renew-token', origin: 'https://cms.example' }),
    ).toBeNull();
  });

  it('answers only the listed origins when there is a list', () => {
    const listed = { corsOrigins: ['https://site.example'], adminOrigin: null };
    expect(corsAnswer(listed, { path: '/api/methods', origin: 'https://site.example' })).toEqual({
      origin: 'https://site.example',
      credentials: false,
    });
    expect(corsAnswer(listed, { path: '/api/methods', origin: 'https://evil.example' })).toBeNull();
  });
});
