import type { ReviewActor } from '@skb/content-types/review';
import type { Core } from '@strapi/strapi';
import { countiesOfEditor } from './county-editors';
import { EDITOR_ROLE_CODES, SUPER_ADMIN_CODE } from './roles';
import { currentSystemWriter } from './system';

interface RequestState {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number | string } };
  user?: { id: number | string; email?: string; roles?: { code: string }[] };
}

/**
 * Who is writing, from Strapi's request context: an admin user (by the strongest of their roles),
 * an API token or a site user, or, outside any request, the system writer that `asSystem` names.
 * In-process code outside both (a test, a script) counts as the system too: it cannot be reached
 * from HTTP, because Strapi runs every request inside its request context.
 */
export async function currentActor(strapi: Core.Strapi): Promise<ReviewActor> {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  if (!ctx) return { kind: 'system', id: `system:${currentSystemWriter() ?? 'code'}` };
  const state = ctx.state ?? {};
  const strategy = state.auth?.strategy?.name;
  if (strategy === 'admin' && state.user) {
    const id = `admin:${state.user.id}`;
    const codes = new Set((state.user.roles ?? []).map((role) => role.code));
    if (codes.has(SUPER_ADMIN_CODE)) return { kind: 'super-admin', id };
    if (codes.has(EDITOR_ROLE_CODES.granskare)) return { kind: 'editor', id, role: 'granskare', counties: [] };
    if (codes.has(EDITOR_ROLE_CODES.länsredaktör) && !codes.has(EDITOR_ROLE_CODES.redaktör)) {
      const counties = await countiesOfEditor(strapi, state.user.email ?? '');
      return { kind: 'editor', id, role: 'länsredaktör', counties };
    }
    // Redaktör, and any role an administrator makes by hand: writes everywhere, never approves.
    return { kind: 'editor', id, role: 'redaktör', counties: [] };
  }
  const credentials = state.auth?.credentials?.id ?? 'anonym';
  return { kind: 'api-token', id: `${strategy ?? 'request'}:${credentials}` };
}
