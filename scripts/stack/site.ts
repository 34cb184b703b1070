// The site inside the stack: built by the site's own build script into a new folder per build,
// published by the SiteBuilder in one step, served by the static server.
import path from 'node:path';
import type { StackConfig } from './config.ts';
import { lastLines, type ProcessGroup } from './processes.ts';

/** Environment of a site build: where the CMS and search are, and the search-only key (never the master key). */
export function siteBuildEnv(config: StackConfig, env: NodeJS.ProcessEnv, searchKey: string): NodeJS.ProcessEnv {
  const {
    MEILI_MASTER_KEY: _master,
    SEARCH_WEBHOOK_SECRET: _secret,
    REINDEX_WEBHOOK_SECRET: _reindexSecret,
    SITE_REBUILD_SECRET: _rebuildSecret,
    ...rest
  } = env;
  return {
    ...rest,
    CMS_URL: config.cms.url,
    PUBLIC_CMS_URL: env.PUBLIC_CMS_URL || config.cms.url,
    SITE_URL: env.SITE_URL || config.site.url,
    PUBLIC_MEILI_HOST: env.PUBLIC_MEILI_HOST || config.meili.url,
    PUBLIC_MEILI_SEARCH_KEY: searchKey,
    SITE_BUILD_QUIET: '1',
  };
}

/** A build function for the SiteBuilder: runs site/scripts/build.ts into `outDir`. */
export function siteBuild(options: { config: StackConfig; group: ProcessGroup; env: NodeJS.ProcessEnv }) {
  const { config, group, env } = options;
  return async (outDir: string) => {
    try {
      await group.run({
        name: 'site-build',
        command: process.execPath,
        args: [path.join(config.root, 'site', 'scripts', 'build.ts')],
        cwd: path.join(config.root, 'site'),
        env: { ...env, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: path.join(config.siteDir, 'cache') },
      });
    } catch (error) {
      // The build's own one-line reason ("site build failed: cannot reach the CMS …") says it best.
      const reason = lastLines(group.logFileOf('site-build'), 30)
        .split('\n')
        .findLast((line) => line.startsWith('site build failed:'));
      throw reason ? new Error(reason, { cause: error }) : error;
    }
  };
}
