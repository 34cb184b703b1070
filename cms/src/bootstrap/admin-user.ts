import type { Core } from '@strapi/strapi';

/** Thrown at boot in production when no admin exists and none is configured. */
export class AdminSetupError extends Error {
  constructor() {
    super(
      'admin: no admin user exists and STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD are not set. ' +
        'In production the first admin is never created in the browser (whoever reached the ' +
        'registration page first would own the bank): set both (npm start writes them into .env), ' +
        'start again, and change the password in the admin panel.',
    );
    this.name = 'AdminSetupError';
  }
}

/**
 * The local admin of the embedded stack: when STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD are set
 * and no admin has that e-mail, a super admin is created with them. An existing admin is never
 * changed, so a password changed in the admin panel stays changed. In production (NODE_ENV) a CMS
 * without any admin and without those settings refuses to start rather than leave Strapi's
 * first-admin registration page open to anyone.
 */
export async function ensureAdminUser(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<'created' | 'exists' | 'not configured'> {
  const email = env.STRAPI_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.STRAPI_ADMIN_PASSWORD;
  const users = strapi.service('admin::user');
  if (!email || !password) {
    if (env.NODE_ENV === 'production' && (await strapi.db.query('admin::user').count()) === 0) {
      throw new AdminSetupError();
    }
    return 'not configured';
  }
  if (await users.exists({ email })) return 'exists';
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('admin: the Super Admin role is missing');
  await users.create({
    email,
    password,
    firstname: env.STRAPI_ADMIN_FIRSTNAME || 'Lokal',
    lastname: env.STRAPI_ADMIN_LASTNAME || 'Redaktör',
    isActive: true,
    roles: [superAdmin.id],
    // The admin panel speaks Swedish to the local editor; each editor can change it in their profile.
    preferedLanguage: env.STRAPI_ADMIN_LANGUAGE || 'sv',
  });
  strapi.log.info(`admin: created the local admin ${email}`);
  return 'created';
}
