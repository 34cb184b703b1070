import type { Core } from '@strapi/strapi';
import { applySwedishAdminLayout } from './bootstrap/admin-layout';
import { ensureAdminUser } from './bootstrap/admin-user';
import { ensureEditorRoles } from './bootstrap/editor-roles';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/permissions';
import { registerSearchWebhook, type SearchWebhook } from './bootstrap/search-webhook';
import { ensureTaxonomies } from './bootstrap/taxonomies';
import { registerServiceStatusSnapshots } from './documents/service-status-snapshots';
import { registerEntryValidation } from './documents/validate';
import { registerAnswerFlow } from './helpdesk/answer-flow';
import { registerPublicCacheInvalidation } from './http/public-cache';
import { registerReviewActionRoute } from './review/actions-route';
import { addReviewAttributes } from './review/attributes';
import { backfillReview } from './review/backfill';
import { registerCountyEditorValidation } from './review/county-editors';
import { registerReviewGate } from './review/gate';
import { asSystem, SYSTEM_WRITER } from './review/system';
import { loadCorsSettings } from './settings';
import { DIGEST_RUNNER, describeDigest, runDigest } from './subscriptions/digest';

let searchWebhook: SearchWebhook | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A production CMS without an explicit CMS_CORS_ORIGINS stops here, naming it (not at build time).
    loadCorsSettings();
    addReviewAttributes(strapi);
    // Offered in the process only: code that holds the strapi object (the seed) may publish as the system.
    strapi.add(SYSTEM_WRITER, () => asSystem);
    // The e-mail digest, for `npm run digest` and the tests (the schedule runs it inside the CMS).
    strapi.add(DIGEST_RUNNER, () => ({ runDigest, describeDigest }));
    // The review gate runs first: it takes the review fields out of a write before validation sees it.
    registerReviewGate(strapi);
    registerCountyEditorValidation(strapi);
    registerAnswerFlow(strapi);
    registerEntryValidation(strapi);
    registerServiceStatusSnapshots(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await ensureTaxonomies(strapi);
    await ensureEditorRoles(strapi);
    await backfillReview(strapi);
    // The admin's review buttons; their admin route is added before the server mounts its routers.
    registerReviewActionRoute(strapi);
    await ensureAdminUser(strapi);
    await applySwedishAdminLayout(strapi);
    registerPublicCacheInvalidation(strapi);
    searchWebhook = await registerSearchWebhook(strapi);
  },

  async destroy() {
    await searchWebhook?.stop();
    searchWebhook = undefined;
  },
};
