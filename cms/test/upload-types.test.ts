import { describe, expect, it } from 'vitest';
import { UPLOAD_ALLOWED_TYPES, uploadResponseHeaders } from '../src/security/upload-types';

describe('uploads', () => {
  it('allow PDFs and raster images only', () => {
    expect(UPLOAD_ALLOWED_TYPES).toContain('application/pdf');
    for (const type of UPLOAD_ALLOWED_TYPES)
      expect(type === 'application/pdf' || /^image\/(?!svg)/.test(type)).toBe(true);
  });

  it('are served sandboxed, never sniffed, and downloaded unless they are images', () => {
    for (const file of ['/uploads/a.pdf', '/uploads/a.html', '/uploads/a.svg', '/uploads/a.png']) {
      const headers = uploadResponseHeaders(file);
      expect(headers['Content-Security-Policy']).toMatch(/sandbox/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(uploadResponseHeaders('/uploads/a.pdf')['Content-Disposition']).toBe('attachment');
    expect(uploadResponseHeaders('/uploads/a.svg')['Content-Disposition']).toBe('attachment');
    expect(uploadResponseHeaders('/uploads/a.PNG')['Content-Disposition']).toBeUndefined();
  });
});
