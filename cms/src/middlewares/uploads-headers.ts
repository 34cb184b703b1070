import { uploadResponseHeaders } from '../security/upload-types';

interface Ctx {
  path: string;
  set(headers: Record<string, string>): void;
}

// Uploaded files are served by strapi::public from the admin's own origin: whatever a file is (an
// SVG or HTML uploaded before the type allow-list, a PDF), it is sandboxed and never sniffed into a page.
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.path.startsWith('/uploads/')) ctx.set(uploadResponseHeaders(ctx.path));
  await next();
};
