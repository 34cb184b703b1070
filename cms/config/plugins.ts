import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
  // The pickers for places and vocabularies; the content types name its custom fields, so it is always on.
  'skb-pickers': { enabled: true, resolve: './src/plugins/skb-pickers' },
});
