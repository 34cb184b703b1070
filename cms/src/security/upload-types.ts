/**
 * What the media library accepts: PDFs and raster images. SVG, HTML and XML can carry script, which
 * would run on the admin's origin when the file is opened from /uploads/.
 */
export const UPLOAD_ALLOWED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
] as const;

export const UPLOAD_DENIED_TYPES = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'text/xml',
  'application/xml',
  'text/javascript',
  'application/javascript',
] as const;

/** Response headers for a file under /uploads/: never a document that runs script, never sniffed. */
export function uploadResponseHeaders(path: string): Record<string, string> {
  const image = /\.(png|jpe?g|gif|webp|avif)$/i.test(path);
  return {
    'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    ...(image ? {} : { 'Content-Disposition': 'attachment' }),
  };
}
