import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('CMS_HOST', '127.0.0.1'),
  port: env.int('CMS_PORT', 1337),
  // The address the CMS is reached at from outside (admin links, media URLs); empty = relative.
  url: env('CMS_PUBLIC_URL', ''),
  app: { keys: requiredEnv(env, 'APP_KEYS').split(',') },
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('CMS_STARTUP_LOG', true) },
  },
});
