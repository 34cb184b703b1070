// The secrets every Strapi process needs (config/server.ts, admin.ts, plugins.ts read them): their
// names, and fresh random values for a CMS that lives only for a while (a test's, the type
// generator's, a first start's .env). One list, so that a secret Strapi comes to need is added once.
import { randomBytes } from 'node:crypto';

export const STRAPI_SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type StrapiSecrets = Record<(typeof STRAPI_SECRET_NAMES)[number], string>;

/** Fresh random values for every Strapi secret; `appKeys` keys in APP_KEYS (Strapi rotates through them). */
export function freshStrapiSecrets(options: { appKeys?: number } = {}): StrapiSecrets {
  const secret = () => randomBytes(24).toString('base64url');
  return {
    APP_KEYS: Array.from({ length: options.appKeys ?? 2 }, secret).join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
