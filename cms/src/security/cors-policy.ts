import type { CmsCorsSettings } from '../settings';

/** Paths anyone's pages may read: the public REST API and uploaded files. */
export function isPublicPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/uploads/');
}

export interface CorsAnswer {
  /** Value of Access-Control-Allow-Origin. */
  origin: string;
  credentials: boolean;
}

/**
 * Who may call which path from a browser. The public API and uploads answer the allowed origins (or
 * `*`) without credentials, so no page can act with an editor's cookies there; everything else (the
 * admin panel's API) answers only the admin's own origin, with credentials. `null` (sandboxed frames,
 * file: pages) is never an allowed origin. null = no CORS headers: the browser refuses the read.
 */
export function corsAnswer(settings: CmsCorsSettings, request: { path: string; origin: string }): CorsAnswer | null {
  const { origin } = request;
  if (!origin || origin === 'null') return null;
  if (isPublicPath(request.path)) {
    if (settings.corsOrigins === '*') return { origin: '*', credentials: false };
    return settings.corsOrigins.includes(origin) ? { origin, credentials: false } : null;
  }
  return settings.adminOrigin !== null && origin === settings.adminOrigin ? { origin, credentials: true } : null;
}

/**
 * strapi::cors options that apply `corsAnswer` (Strapi insists on its own CORS middleware being in
 * the list). The settings are read on the first request; src/index.ts reads them at start-up too, so
 * a wrong CMS_CORS_ORIGINS stops the CMS before it serves anything.
 */
export function strapiCorsOptions(settings: () => CmsCorsSettings) {
  const answer = (ctx: { path: string; get(name: string): string }) =>
    corsAnswer(settings(), { path: ctx.path, origin: ctx.get('Origin') });
  return {
    // strapi::cors answers the request's origin when it is in this list, and nothing when it is empty.
    origin: (ctx: { path: string; get(name: string): string }) => {
      const allowed = answer(ctx);
      return allowed ? [allowed.origin] : [];
    },
    credentials: (ctx: { path: string; get(name: string): string }) => answer(ctx)?.credentials ?? false,
    maxAge: 86_400,
  };
}
