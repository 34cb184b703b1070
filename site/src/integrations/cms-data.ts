// The build's first step: reads the CMS (src/data/cms-data.ts) before anything is bundled, so a CMS
// that is down or an invalid entry stops the build at once with its own error, and the pages,
// rendered later in this process, use what was read. A build with the preview route leaves the data
// beside the preview's server code, which renders with it (serve/preview-worker.ts).
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { cmsData } from '../data/cms-data.ts';
import { CMS_DATA_FILE } from '../data/cms-data-handoff.ts';

export function cmsContent(): AstroIntegration {
  let previewServer: URL | undefined;
  return {
    name: 'skb-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Only a build with an adapter (the preview route) has server code.
        if (config.adapter) previewServer = config.build.server;
      },
      'astro:build:start': async ({ logger }) => {
        await cmsData((line) => logger.info(line));
      },
      'astro:build:done': async () => {
        if (previewServer) await writeFile(new URL(CMS_DATA_FILE, previewServer), JSON.stringify(await cmsData()));
      },
    },
  };
}
