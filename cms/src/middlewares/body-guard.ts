import { isGuardedBodyPath, refuseBody } from '../security/body-policy';
import { loadSecuritySettings } from '../settings';

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  get(name: string): string;
}

// Runs before strapi::body: the public API parses no multipart forms (they were written to disk and
// answered 500 after parsing, before any permission check) and no body beyond the limit.
export default () => {
  const { apiBodyLimitBytes } = loadSecuritySettings();
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!isGuardedBodyPath(ctx.path)) return next();
    const refusal = refuseBody(
      {
        contentType: ctx.get('Content-Type') || undefined,
        contentLength: ctx.get('Content-Length') || undefined,
        chunked: ctx.get('Transfer-Encoding') !== '',
        path: ctx.path,
      },
      apiBodyLimitBytes,
    );
    if (!refusal) return next();
    ctx.status = refusal.status;
    ctx.body = {
      data: null,
      error: {
        status: refusal.status,
        name: refusal.status === 413 ? 'PayloadTooLargeError' : 'UnsupportedMediaTypeError',
        message: refusal.message,
      },
    };
  };
};
