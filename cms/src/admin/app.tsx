import type { StrapiApp } from '@strapi/strapi/admin';
import { addListColumns } from './list-columns';
import { REVIEW_DOCUMENT_ACTIONS } from './review-actions';
import sv from './translations/sv.json';

// Editors work in Swedish: offer it in the admin panel beside English (each editor picks in their
// profile). Strapi's own Swedish lacks several hundred strings of the edit and list views (buttons,
// validation messages, preview, locales); translations/sv.json fills in those an editor meets.
export default {
  config: {
    locales: ['sv'],
    translations: { sv },
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addListColumns);
    (app.getPlugin('content-manager').apis as { addDocumentAction(actions: unknown): void }).addDocumentAction(
      REVIEW_DOCUMENT_ACTIONS,
    );
  },
};
