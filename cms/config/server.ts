import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { dataDir } from '../src/data-dir';
import { requiredEnv } from '../src/required-env';
import { loadSecuritySettings } from '../src/settings';
import { digestCronTasks } from '../src/subscriptions/schedule';
import { digestSettings } from '../src/subscriptions/settings';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // Uploads (remissvar PDFs, images) live in the data folder, not in the source tree.
  const publicDir = path.join(dataDir(env('DATA_DIR')), 'cms', 'public');
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const { trustedProxyHops } = loadSecuritySettings();
  // A missing DIGEST_SECRET in production or a wrong DIGEST_SCHEDULE stops the boot, naming it.
  const digest = digestSettings();
  return {
    host: env('CMS_HOST', '127.0.0.1'),
    port: env.int('CMS_PORT', 1337),
    // The address the CMS is reached at from outside (admin links, media URLs); empty = relative.
    url: env('CMS_PUBLIC_URL', ''),
    // Behind N reverse proxies (docs/deployment.md), the client is the address the outermost of them
    // saw: the N-th entry from the right of X-Forwarded-For. With 0, the header is ignored.
    proxy: { koa: trustedProxyHops > 0, maxIpsCount: trustedProxyHops },
    app: { keys: requiredEnv(env, 'APP_KEYS').split(',') },
    logger: {
      updates: { enabled: false },
      startup: { enabled: env.bool('CMS_STARTUP_LOG', true) },
    },
    dirs: { public: publicDir },
    // The e-mail digest's schedule (src/subscriptions/schedule.ts); DIGEST_SCHEDULE=off leaves it to `npm run digest`.
    cron: { enabled: digest.schedule, tasks: digestCronTasks(digest) },
  };
};
