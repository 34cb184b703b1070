// The site inside the stack: built by the site's renderer into a new folder per build, published by
// the SiteBuilder in one step, served by the static server.
import { cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { askRenderer, RendererStopped, type RenderReply, type RenderRequest, rendererLaunch } from '@skb/site/renderer';
import type { StackConfig } from './config.ts';
import { type Child, lastLines, type ProcessGroup } from './processes.ts';
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

/** The renderer stopped before it answered: why, in one line, with the setting to raise when it ran out of memory. */
function rendererStopped(child: Child, stopped: RendererStopped): Error {
  const reason = lastLines(child.logFile, 30)
    .split('\n')
    .findLast((line) => line.startsWith('site build failed:'));
  if (reason) return new Error(reason, { cause: stopped });
  if (stopped.code === 134 || stopped.signal === 'SIGABRT')
    return new Error('site build failed: the renderer ran out of memory; raise SITE_BUILD_HEAP_MB (site/ENV.md)', {
      cause: stopped,
    });
  return new Error(`site build failed: ${stopped.message}; see ${child.logFile}`, { cause: stopped });
}

/** Sends the renderer one request and waits for its answer. */
async function ask(child: Child, request: RenderRequest): Promise<RenderReply> {
  try {
    return await askRenderer(child.process, request);
  } catch (error) {
    throw error instanceof RendererStopped ? rendererStopped(child, error) : error;
  }
}

/**
 * The SiteBuilder's build function: the site's renderer (site/scripts/renderer.ts), a process that
 * stays between builds. A full build starts a new renderer, which makes it with Astro's build and
 * keeps what rendered the pages; a partial build (`from`: the build being served) is made by the
 * renderer that is running, without loading Astro or bundling anything again: the pages whose
 * inputs changed, in seconds. A renderer that refuses (the site's code or settings changed) or
 * fails is stopped, and the SiteBuilder's full build starts a new one.
 *
 * Astro renders pages from a folder beside its output that must be inside the site package (to
 * resolve its dependencies), and moves files from there into the output with rename(), which fails
 * when the data folder is on another disk: the renderer builds into the site package's
 * .astro/stack-builds/, and the result is moved to `outDir`.
 */
export function siteRenderer(options: {
  config: StackConfig;
  group: ProcessGroup;
  env: NodeJS.ProcessEnv;
  /** Gets the renderer's line for each build: pages rendered and kept, seconds, peak memory. */
  log?: (line: string) => void;
}) {
  const { config, group, env, log } = options;
  const siteRoot = path.join(config.root, 'site');
  let renderer: Child | null = null;
  let sequence = 0;
  const stop = async () => {
    const running = renderer;
    renderer = null;
    if (running) await group.stop(running);
  };
  const build = async (outDir: string, { from }: { from: string | null }): Promise<BuildKind> => {
    const staging = path.join(siteRoot, '.astro', 'stack-builds', path.basename(outDir));
    try {
      let reply: RenderReply;
      if (from && renderer) {
        reply = await ask(renderer, { id: ++sequence, outDir: staging, from });
      } else {
        await stop();
        const launch = rendererLaunch({ ...env, SITE_CACHE_DIR: path.join(config.siteDir, 'cache') });
        renderer = group.start({
          name: 'site-renderer',
          command: process.execPath,
          args: launch.args,
          cwd: launch.cwd,
          env: launch.env,
          ipc: true,
        });
        reply = await ask(renderer, { id: ++sequence, outDir: staging, from: null });
      }
      if (!reply.ok) throw new Error(reply.error);
      log?.(`site: ${reply.line}`);
      await moveBuild(staging, outDir);
      return reply.kind;
    } catch (error) {
      await stop();
      throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  };
  return { build, stop };
}
