import { TIME_ZONE } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import { describeDigest, runDigest } from './digest';
import type { DigestSettings } from './settings';

// The digest on the CMS's own clock (Strapi's cron, config/server.ts): the weekly digest at
// DIGEST_WEEKLY_CRON, "när något nytt kommer" checked at DIGEST_IMMEDIATE_CRON (hourly), both in
// Europe/Stockholm; each run also deletes subscriptions left unconfirmed for 7 days. The lines
// logged hold counts and masked addresses only.

let running = Promise.resolve();

function task(frequency: 'weekly' | 'immediate') {
  return ({ strapi }: { strapi: Core.Strapi }) => {
    // One run at a time: a slow weekly run and the hourly check never send the same entry twice.
    running = running.then(async () => {
      try {
        const report = await runDigest(strapi, { frequencies: [frequency] });
        if (report.sent.length > 0 || report.purged > 0) strapi.log.info(describeDigest(report).at(-1) as string);
      } catch (error) {
        strapi.log.error(`digest (${frequency}) failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
      }
    });
    return running;
  };
}

export function digestCronTasks(settings: DigestSettings) {
  return {
    digestWeekly: { task: task('weekly'), options: { rule: settings.weeklyCron, tz: TIME_ZONE } },
    digestImmediate: { task: task('immediate'), options: { rule: settings.immediateCron, tz: TIME_ZONE } },
  };
}
