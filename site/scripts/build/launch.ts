// How the rendering processes are started: the build script's child (scripts/build.ts) and the
// stack's renderer (scripts/renderer.ts), each with the heap cap (SITE_BUILD_HEAP_MB) and Node's
// compile cache.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHeapMb } from '../../src/config/env.ts';

/** The site package's folder. */
export const SITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the rendering process keeps Node's compile cache (V8's code for every module it loads, checked
 * against the module's source): beside Astro's cache, unless NODE_COMPILE_CACHE says otherwise. Astro,
 * Vite and their dependencies are some 2 s of every build's start, a partial build's too; with the
 * cache the start is 0.6 s shorter (README, "Measured").
 */
export function compileCache(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE;
  const cacheDir = env.SITE_CACHE_DIR
    ? path.resolve(env.SITE_CACHE_DIR)
    : path.join(SITE_ROOT, 'node_modules', '.astro');
  return path.join(cacheDir, 'node-compile-cache');
}

/**
 * The size of V8's young generation in the renderer (`--max-semi-space-size`, MB; Node's default is
 * 16 on this machine's 64-bit builds). Rendering makes short-lived strings by the million, and with the
 * default the scavenges were a good part of a partial build's time: at 10,000 stand-in entries,
 * `npm run bench:publish-site -- --runs 6` gave 6.2 / 7.2 / 9.0 s and 6.5 / 7.7 / 10.5 s on the site
 * with 32 MB against 7.7 / 9.3 / 13.1 s with the default between them (2026-12-03 18:08-18:16), for a
 * peak some 60-100 MB higher (its full build 1.01-1.07 GB, its partial builds 1.35-1.40 GB).
 */
export const RENDERER_SEMI_SPACE_MB = 32;

/**
 * The command line and environment of the stack's site renderer (scripts/renderer.ts) for the
 * settings `env`; throws a SiteConfigError naming a bad SITE_BUILD_HEAP_MB.
 */
export function rendererLaunch(env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv; cwd: string } {
  const heapMb = buildHeapMb(env);
  return {
    args: [
      ...(heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : []),
      `--max-semi-space-size=${RENDERER_SEMI_SPACE_MB}`,
      path.join(SITE_ROOT, 'scripts', 'renderer.ts'),
    ],
    env: { ...env, NODE_COMPILE_CACHE: compileCache(env) },
    cwd: SITE_ROOT,
  };
}

/** A request to the renderer: build into `outDir`, partially from `from` (a previous build's folder) when given. */
export interface RenderRequest {
  id: number;
  outDir: string;
  from: string | null;
}

/**
 * The renderer's answer to a request: the kind of build and its line, or the one-line reason it
 * failed. `refused`: this renderer cannot make that build (a full one, or one from a build of other
 * code, settings or build time); a new renderer can.
 */
export type RenderReply =
  | { id: number; ok: true; kind: 'full' | 'partial'; line: string }
  | { id: number; ok: false; refused: boolean; error: string };

/** The renderer ended before it answered: how. */
export class RendererStopped extends Error {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  constructor(code: number | null, signal: NodeJS.Signals | null) {
    super(`the site renderer stopped (${signal ?? `exit ${code}`})`);
    this.name = 'RendererStopped';
    this.code = code;
    this.signal = signal;
  }
}

/**
 * Sends a renderer started with an IPC channel one request and resolves with its answer; rejects
 * with RendererStopped when it ends first (out of memory, killed).
 */
export function askRenderer(child: ChildProcess, request: RenderRequest): Promise<RenderReply> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      reject(new RendererStopped(child.exitCode, child.signalCode));
      return;
    }
    const onMessage = (reply: RenderReply) => {
      if (reply.id !== request.id) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(reply);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      child.off('message', onMessage);
      reject(new RendererStopped(code, signal));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(request);
  });
}
