import type { StrapiApp } from '@strapi/strapi/admin';

// Editors work in Swedish: offer it in the admin panel beside English (each editor picks in their profile).
export default {
  config: {
    locales: ['sv'],
  },
  bootstrap(_app: StrapiApp) {},
};
