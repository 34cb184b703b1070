// Admin users of each editor role for tests: created through Strapi's admin user service, logged
// in through the real /admin/login, and talking to the content manager's HTTP API as the admin
// panel does.
import type { Core } from '@strapi/strapi';
import type { JsonBody, TestCms } from './cms.ts';

export const TEST_PASSWORD = 'Provlösen1234';

export interface AdminSession {
  email: string;
  id: number;
  /** Sends a request to the CMS with this user's admin token. */
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: JsonBody }>;
}

/** Creates an active admin user with the role of this code (`strapi-super-admin`, `skb-granskare`, …). */
export async function createAdminUser(
  strapi: Core.Strapi,
  args: { email: string; roleCode: string; firstname?: string },
): Promise<number> {
  const role = await strapi.service('admin::role').findOne({ code: args.roleCode });
  if (!role) throw new Error(`no admin role with code ${args.roleCode}`);
  const user = await strapi.service('admin::user').create({
    email: args.email,
    password: TEST_PASSWORD,
    firstname: args.firstname ?? args.email.split('@')[0],
    lastname: 'Test',
    isActive: true,
    roles: [role.id],
  });
  return user.id as number;
}

export async function adminSession(cms: TestCms, email: string): Promise<AdminSession> {
  const login = await cms.send('POST', '/admin/login', { email, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`login as ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.data.token as string;
  return {
    email,
    id: login.body.data.user.id as number,
    send: (method, path, body) => cms.send(method, path, body ?? (method === 'GET' ? undefined : {}), token),
  };
}

/** The content manager's path of a type's entries, or of one entry. */
export function cmPath(uid: string, documentId?: string, suffix = ''): string {
  return `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}${suffix}?locale=sv`;
}
