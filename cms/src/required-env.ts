import type { Core } from '@strapi/strapi';

/** A secret the CMS cannot start without; missing, it stops the boot with what to do. */
export function requiredEnv(env: Core.Config.Shared.ConfigParams['env'], name: string): string {
  const value = env(name, '');
  if (!value) {
    throw new Error(
      `${name} is not set: add it to .env (npm start writes one with generated secrets; see .env.example)`,
    );
  }
  return value;
}
