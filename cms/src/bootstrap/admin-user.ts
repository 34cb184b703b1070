import type { Core } from '@strapi/strapi';

/**
 * The local admin of the embedded stack: when STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD are set
 * and no admin has that e-mail, a super admin is created with them. An existing admin is never
 * changed, so a password changed in the admin panel stays changed.
 */
export async function ensureAdminUser(strapi: Core.Strapi): Promise<'created' | 'exists' | 'not configured'> {
  const email = process.env.STRAPI_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.STRAPI_ADMIN_PASSWORD;
  if (!email || !password) return 'not configured';
  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return 'exists';
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('admin: the Super Admin role is missing');
  await users.create({
    email,
    password,
    firstname: process.env.STRAPI_ADMIN_FIRSTNAME || 'Lokal',
    lastname: process.env.STRAPI_ADMIN_LASTNAME || 'Redaktör',
    isActive: true,
    roles: [superAdmin.id],
    // The admin panel speaks Swedish to the local editor; each editor can change it in their profile.
    preferedLanguage: process.env.STRAPI_ADMIN_LANGUAGE || 'sv',
  });
  strapi.log.info(`admin: created the local admin ${email}`);
  return 'created';
}
