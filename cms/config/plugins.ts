import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/required-env';
import { UPLOAD_ALLOWED_TYPES, UPLOAD_DENIED_TYPES } from '../src/security/upload-types';
import { loadSecuritySettings } from '../src/settings';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
  // The pickers for places and vocabularies; the content types name its custom fields, so it is always on.
  'skb-pickers': { enabled: true, resolve: './src/plugins/skb-pickers' },
  // Uploads are remissvar PDFs and raster images; the content is sniffed, not taken from the name.
  upload: {
    config: {
      sizeLimit: loadSecuritySettings().uploadLimitBytes,
      security: { allowedTypes: [...UPLOAD_ALLOWED_TYPES], deniedTypes: [...UPLOAD_DENIED_TYPES] },
    },
  },
});
