import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Api => ({
  rest: {
    defaultLimit: env.int('CMS_REST_DEFAULT_LIMIT', 25),
    maxLimit: env.int('CMS_REST_MAX_LIMIT', 100),
    withCount: true,
  },
});
