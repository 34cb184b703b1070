import { describe, expect, it } from 'vitest';
import { isGuardedBodyPath, refuseBody } from '../src/security/body-policy';

describe('refuseBody', () => {
  const json = { contentType: 'application/json', contentLength: '10', chunked: false };

  it('guards the public API but not the upload route or the admin', () => {
    expect(isGuardedBodyPath('/api/helpdesk/questions')).toBe(true);
    expect(isGuardedBodyPath('/api/upload')).toBe(false);
    expect(isGuardedBodyPath('/api/upload/')).toBe(false);
    expect(isGuardedBodyPath('/api/uploadx')).toBe(true);
    expect(isGuardedBodyPath('/upload')).toBe(false);
    expect(isGuardedBodyPath('/content-manager/collection-types/x')).toBe(false);
  });

  it('takes JSON within the limit, and requests without a body', () => {
    expect(refuseBody(json, 100)).toBeNull();
    expect(refuseBody({ ...json, contentType: 'application/vnd.api+json; charset=utf-8' }, 100)).toBeNull();
    expect(refuseBody({ contentType: undefined, contentLength: undefined, chunked: false }, 100)).toBeNull();
    expect(refuseBody({ contentType: 'multipart/form-data', contentLength: '0', chunked: false }, 100)).toBeNull();
  });

  it('refuses multipart, forms and text with 415, and too much with 413', () => {
    for (const contentType of ['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/plain']) {
      expect(refuseBody({ ...json, contentType }, 100)?.status).toBe(415);
    }
    expect(
      refuseBody({ ...json, contentType: 'multipart/form-data', contentLength: undefined, chunked: true }, 100)?.status,
    ).toBe(415);
    expect(refuseBody({ ...json, contentLength: '101' }, 100)?.status).toBe(413);
    expect(refuseBody({ ...json, contentLength: 'abc' }, 100)?.status).toBe(413);
  });

  it('takes a form only at the digest’s doors: urlencoded to subscribe, a small multipart to unsubscribe', () => {
    const form = { contentType: 'application/x-www-form-urlencoded', contentLength: '40', chunked: false };
    expect(refuseBody({ ...form, path: '/api/digest/subscribe' }, 100)).toBeNull();
    expect(refuseBody({ ...form, path: '/api/helpdesk/questions' }, 100)?.status).toBe(415);
    expect(refuseBody({ ...form, path: '/api/digest/subscribe', contentLength: '101' }, 100)?.status).toBe(413);
    // A form of unknown length is refused: the limit could not be checked before parsing.
    expect(
      refuseBody({ ...form, path: '/api/digest/subscribe', contentLength: undefined, chunked: true }, 100)?.status,
    ).toBe(413);
    const multipart = { contentType: 'multipart/form-data; boundary=x', contentLength: '200', chunked: false };
    expect(refuseBody({ ...multipart, path: '/api/digest/subscribe' }, 10_000)?.status).toBe(415);
    expect(refuseBody({ ...multipart, path: '/api/digest/unsubscribe' }, 10_000)).toBeNull();
    expect(refuseBody({ ...multipart, path: '/api/digest/unsubscribe', contentLength: '2000' }, 10_000)?.status).toBe(
      413,
    );
  });
});
