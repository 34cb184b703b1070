// The site inside the stack: built by the site's own build script into a new folder per build,
// published by the SiteBuilder in one step, served by the static server.
import { cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { StackConfig } from './config.ts';
import { lastLines, type ProcessGroup } from './processes.ts';
import type { BuildKind } from './site-builder.ts';

/**
 * Environment of a site build: where the CMS and search are, and the search-only key (never the
 * master key, never the preview secret: the preview's server code checks nothing, the stack's
 * server does before it).
 */
export function siteBuildEnv(config: StackConfig, env: NodeJS.ProcessEnv, searchKey: string): NodeJS.ProcessEnv {
  const {
    MEILI_MASTER_KEY: _master,
    SEARCH_WEBHOOK_SECRET: _secret,
    REINDEX_WEBHOOK_SECRET: _reindexSecret,
    SITE_REBUILD_SECRET: _rebuildSecret,
    PREVIEW_SECRET: _previewSecret,
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
    // The stack's server renders the preview route (site/serve/preview-server.ts).
    SITE_PREVIEW_SERVER: '1',
  };
}

/**
 * Moves a finished build to `target`: one rename on the same disk; across disks a copy, removed
 * again if it fails (a full disk), so that a failed move leaves no half-written build behind.
 */
export async function moveBuild(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  try {
    await cp(source, target, { recursive: true, verbatimSymlinks: true });
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw new Error(`site build failed: could not write the build to ${target}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * A build function for the SiteBuilder: runs site/scripts/build.ts into a staging folder in the
 * site package, then moves the result to `outDir`. Astro renders pages from a folder beside its
 * output that must be inside the site package (to resolve its dependencies), and moves files from
 * there into the output with rename(), which fails when the data folder is on another disk. With
 * `from` (the build being served) the build is a partial one from it (SITE_PARTIAL_FROM), unless
 * the build script finds it cannot be (other code or settings): it says which it made.
 */
export function siteBuild(options: { config: StackConfig; group: ProcessGroup; env: NodeJS.ProcessEnv }) {
  const { config, group, env } = options;
  const siteRoot = path.join(config.root, 'site');
  return async (outDir: string, { from }: { from: string | null }): Promise<BuildKind> => {
    const staging = path.join(siteRoot, '.astro', 'stack-builds', path.basename(outDir));
    try {
      try {
        await group.run({
          name: 'site-build',
          command: process.execPath,
          args: [path.join(siteRoot, 'scripts', 'build.ts')],
          cwd: siteRoot,
          env: {
            ...env,
            SITE_OUT_DIR: staging,
            SITE_CACHE_DIR: path.join(config.siteDir, 'cache'),
            ...(from ? { SITE_PARTIAL_FROM: from } : {}),
          },
        });
      } catch (error) {
        // The build's own one-line reason ("site build failed: cannot reach the CMS …") says it best.
        const reason = lastLines(group.logFileOf('site-build'), 30)
          .split('\n')
          .findLast((line) => line.startsWith('site build failed:'));
        throw reason ? new Error(reason, { cause: error }) : error;
      }
      await moveBuild(staging, outDir);
      const built = lastLines(group.logFileOf('site-build'), 30)
        .split('\n')
        .findLast((line) => line.startsWith('site built ('));
      return built?.startsWith('site built (partial)') ? 'partial' : 'full';
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  };
}
