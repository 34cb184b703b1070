// The first admin is never created in the browser in production: a CMS with no admin and no
// STRAPI_ADMIN_EMAIL/STRAPI_ADMIN_PASSWORD refuses to start, naming what to set. Run against the
// CMS of the suite (compiled bootstrap code, real database), on SQLite and on PostgreSQL.
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import type { Core } from '@strapi/strapi';
import { expect, it } from 'vitest';

type EnsureAdminUser = (strapi: Core.Strapi, env: NodeJS.ProcessEnv) => Promise<string>;

export function itRefusesAnOpenRegistrationInProduction(strapi: () => Core.Strapi): void {
  it('refuses to start in production without an admin or the settings that create one', async () => {
    // What Strapi runs at boot, as compiled into cms/dist by the suite's boot.
    const { ensureAdminUser } = createRequire(import.meta.url)(
      path.join(REPO_ROOT, 'cms/dist/src/bootstrap/admin-user.js'),
    ) as {
      ensureAdminUser: EnsureAdminUser;
    };
    const admins = () => strapi().db.query('admin::user').count();
    expect(await admins()).toBe(0);
    await expect(ensureAdminUser(strapi(), { NODE_ENV: 'production' })).rejects.toThrow(
      /no admin user exists and STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD are not set/,
    );
    // Outside production the registration page is the developer's own affair.
    expect(await ensureAdminUser(strapi(), { NODE_ENV: 'development' })).toBe('not configured');
    const configured = {
      NODE_ENV: 'production',
      STRAPI_ADMIN_EMAIL: 'forsta@example.se',
      STRAPI_ADMIN_PASSWORD: 'Forsta2026abc',
    };
    expect(await ensureAdminUser(strapi(), configured)).toBe('created');
    expect(await admins()).toBe(1);
    // Once an admin exists, the settings may go: registration is closed for good.
    expect(await ensureAdminUser(strapi(), { NODE_ENV: 'production' })).toBe('not configured');
  });
}
