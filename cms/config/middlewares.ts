import type { Core } from '@strapi/strapi';
import { strapiCorsOptions } from '../src/security/cors-policy';
import { type CmsCorsSettings, loadCorsSettings, loadSecuritySettings } from '../src/settings';

let corsSettings: CmsCorsSettings | undefined;
const cors = () => {
  corsSettings ??= loadCorsSettings();
  return corsSettings;
};

export default (_params: Core.Config.Shared.ConfigParams) => {
  // Read here too so that a wrong security setting stops the boot with the variable's name.
  const settings = loadSecuritySettings();
  return [
    // strapi::logger's line, without the digest links' tokens (src/middlewares/request-log.ts).
    'global::request-log',
    'strapi::errors',
    'strapi::security',
    // Not Strapi's default (any origin, `null` too, reflected with credentials on every route): the
    // public API answers the origins in CMS_CORS_ORIGINS without credentials; only the admin's own
    // origin gets credentials (src/security/cors-policy.ts).
    { name: 'strapi::cors', config: strapiCorsOptions(cors) },
    'strapi::poweredBy',
    'strapi::query',
    // Public API bodies: JSON only, size-capped, refused before they are parsed (413/415).
    'global::body-guard',
    {
      name: 'strapi::body',
      config: {
        jsonLimit: settings.apiBodyLimitBytes,
        formidable: { maxFileSize: settings.uploadLimitBytes, maxFields: 100 },
      },
    },
    'strapi::session',
    'strapi::favicon',
    'global::uploads-headers',
    'strapi::public',
  ];
};
