import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // The REST API serves public, published content and the helpdesk form: any origin may read it by
  // default. CMS_CORS_ORIGINS narrows it to a comma-separated list (e.g. the site's address).
  { name: 'strapi::cors', config: { origin: env('CMS_CORS_ORIGINS', '*') } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
