// Strapi's request log line (strapi::logger: method, address, time, status) with the signed links'
// tokens left out: an unsubscribe link never expires, so a log reader must not be able to use it.
interface Ctx {
  method: string;
  url: string;
  status: number;
}

/** The address as logged: every `token=` value replaced by `…`. */
export const loggedUrl = (url: string) => url.replace(/([?&]token=)[^&#]*/gi, '$1…');

export default (_config: unknown, { strapi }: { strapi: { log: { http(line: string): void } } }) => {
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const start = Date.now();
    await next();
    strapi.log.http(`${ctx.method} ${loggedUrl(ctx.url)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
};
