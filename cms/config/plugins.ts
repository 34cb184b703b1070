import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
});
