import type { Core } from '@strapi/strapi';
import { applySwedishAdminLayout } from './bootstrap/admin-layout';
import { ensureAdminUser } from './bootstrap/admin-user';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/permissions';
import { registerSearchWebhook, type SearchWebhook } from './bootstrap/search-webhook';
import { ensureTaxonomies } from './bootstrap/taxonomies';
import { registerServiceStatusSnapshots } from './documents/service-status-snapshots';
import { registerEntryValidation } from './documents/validate';
import { loadCorsSettings } from './settings';

let searchWebhook: SearchWebhook | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A production CMS without an explicit CMS_CORS_ORIGINS stops here, naming it (not at build time).
    loadCorsSettings();
    registerEntryValidation(strapi);
    registerServiceStatusSnapshots(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await ensureTaxonomies(strapi);
    await ensureAdminUser(strapi);
    await applySwedishAdminLayout(strapi);
    searchWebhook = await registerSearchWebhook(strapi);
  },

  async destroy() {
    await searchWebhook?.stop();
    searchWebhook = undefined;
  },
};
