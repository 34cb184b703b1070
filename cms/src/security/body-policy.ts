/** Paths of the public API whose bodies Strapi parses: `/api/*`, except the upload plugin's own route. */
export function isGuardedBodyPath(path: string): boolean {
  return (path === '/api' || path.startsWith('/api/')) && !/^\/api\/upload(\/|$)/.test(path);
}

/**
 * Doors of the public API that take a form as well as JSON: the digest's subscribe form works
 * without JavaScript, and mail programs unsubscribe with a form POST (RFC 8058: urlencoded or
 * multipart, a few bytes). Multipart only there, and only that small.
 */
const FORM_DOORS: Record<string, { types: readonly string[]; limitBytes?: number }> = {
  '/api/digest/subscribe': { types: ['application/x-www-form-urlencoded'] },
  '/api/digest/unsubscribe': { types: ['application/x-www-form-urlencoded', 'multipart/form-data'], limitBytes: 1024 },
};

export interface BodyRefusal {
  status: 413 | 415;
  message: string;
}

/**
 * Whether a request to the public API may have its body parsed: only JSON, and only up to `limitBytes`
 * as announced by Content-Length. A body sent in chunks without a length is bounded by the JSON
 * parser's own limit (config/middlewares.ts), which answers 413 as well.
 */
export function refuseBody(
  request: { contentType: string | undefined; contentLength: string | undefined; chunked: boolean; path?: string },
  limitBytes: number,
): BodyRefusal | null {
  const length = request.contentLength === undefined ? undefined : Number(request.contentLength);
  const hasBody = request.chunked || (length !== undefined && length !== 0);
  if (!hasBody) return null;
  const type = (request.contentType ?? '').split(';')[0].trim().toLowerCase();
  const door = request.path === undefined ? undefined : FORM_DOORS[request.path];
  if (door?.types.includes(type)) {
    const doorLimit = Math.min(door.limitBytes ?? limitBytes, limitBytes);
    if (length === undefined || !(length <= doorLimit)) {
      return { status: 413, message: `Innehållet är för stort: högst ${Math.floor(doorLimit / 1024)} kB.` };
    }
    return null;
  }
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    return {
      status: 415,
      message: `Det öppna API:et tar bara emot JSON (application/json), inte "${type || 'okänd typ'}".`,
    };
  }
  if (length !== undefined && !(length <= limitBytes)) {
    return { status: 413, message: `Innehållet är för stort: högst ${Math.floor(limitBytes / 1024)} kB.` };
  }
  return null;
}
