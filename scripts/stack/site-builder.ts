// Rebuilds the static site on request, debounced, and publishes each good build in one step: the
// build goes to its own folder, then the `current` link is renamed over the old one. A failed
// build keeps the last good site and records why.
//
// A request that says what changed (the indexer's, after a publish) may be served by a partial
// build: from the build being served, rendering only the pages whose inputs changed (site/scripts/
// build.ts). Any other request (the start, a new day, `npm run rebuild-site`, a batch too large to
// list) is a full build, and so is the build after a partial one that failed.
import { mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir, rm, unlink } from 'node:fs/promises';
import path from 'node:path';

/** full: every page rendered; partial: from the build before it (the pages whose inputs changed). */
export type BuildKind = 'full' | 'partial';

export interface BuildRecord {
  id: string;
  reason: string;
  kind: BuildKind;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  ok: boolean;
  error?: string;
}

export interface SiteBuilderStatus {
  building: boolean;
  pending: boolean;
  /** The build being served. */
  current: string | null;
  lastBuild: BuildRecord | null;
  lastGoodBuild: BuildRecord | null;
}

export interface SiteBuilderOptions {
  /** data/site: holds builds/<id>, the `current` link and status.json. */
  siteDir: string;
  /**
   * Builds the site into `outDir`, in full or (with `from`, a build's folder) partially from that
   * build; resolves with the kind of build it made, rejects with a one-line reason on failure.
   */
  build: (outDir: string, options: { from: string | null }) => Promise<BuildKind>;
  debounceMs: number;
  /**
   * The longest a request waits for quiet (default 10 s): publishes that keep coming within the
   * debounce (a bulk import, several editors at once) still get a build every so often.
   */
  maxWaitMs?: number;
  log: (line: string) => void;
  /** How many of the newest builds to keep (2: the current one and the one before it). */
  keep?: number;
  /**
   * How long no build must have run, or been asked for, before old builds are removed (default
   * 2 s; REMOVE_AFTER_QUIET_MS says why).
   */
  removeAfterQuietMs?: number;
}

/** The longest a request waits for quiet, unless the options say otherwise. */
const MAX_WAIT_MS = 10_000;

/** The prefix of an old build being removed (in the site folder, beside `builds/`). */
const REMOVING = 'removing-';
/** How many of an old build's files are removed at once between two checks for a build under way. */
const REMOVE_BATCH = 500;
/**
 * Old builds are removed once the builder has been quiet this long. Removed in the gaps between
 * builds, as they were, 24 publishes one every 7 s at 10,000 entries left each removal unfinished
 * when the next build started, the load grew (2.4 to 5.9) and so did the time to the site: 4.7 /
 * 6.8 / 8.6 s (min / median / max), against 4.6 / 5.1 / 6.0 s with nothing removed and 4.8 / 5.3 /
 * 7.5 s with this wait (npm run bench:publish-site -- --runs 24, 2026-12-03; removing in a child
 * process at the lowest CPU priority instead gave 4.5 / 6.2 / 8.5 s: the unlinks cost more than CPU).
 */
const REMOVE_AFTER_QUIET_MS = 2_000;
/** Old builds waiting to be removed beyond which they are removed between builds, however close those come. */
const MAX_WAITING_REMOVALS = 8;

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

export class SiteBuilder {
  private readonly options: SiteBuilderOptions;
  private timer: NodeJS.Timeout | null = null;
  /** When the oldest request the timer waits for came in. */
  private waitingSince = 0;
  private running: Promise<BuildRecord> | null = null;
  /** When the last build ended (ms since the epoch). */
  private lastBuildEnded = 0;
  private pendingReasons: string[] = [];
  /** A pending request needs a full build. */
  private pendingFull = false;
  private sequence = 0;
  /** Old builds whose removal is under way, and when it ends. */
  private readonly removing = new Map<string, Promise<void>>();
  private state: SiteBuilderStatus;

  constructor(options: SiteBuilderOptions) {
    this.options = options;
    mkdirSync(path.join(options.siteDir, 'builds'), { recursive: true });
    this.state = {
      building: false,
      pending: false,
      current: this.currentBuildId(),
      lastBuild: null,
      lastGoodBuild: null,
    };
  }

  /** The folder being served, or null before the first good build. */
  get currentDir(): string | null {
    return this.state.current ? path.join(this.options.siteDir, 'builds', this.state.current) : null;
  }

  get linkPath(): string {
    return path.join(this.options.siteDir, 'current');
  }

  status(): SiteBuilderStatus {
    return { ...this.state, pending: this.pendingReasons.length > 0 || this.timer !== null };
  }

  /**
   * Asks for a rebuild; requests within the debounce window become one build, a partial one when
   * every one of them allows it. The build starts after `debounceMs` without a request, and at the
   * latest `maxWaitMs` after the first request it serves.
   */
  request(reason: string, options: { partial?: boolean } = {}): void {
    this.pendingReasons.push(reason);
    if (!options.partial) this.pendingFull = true;
    const now = Date.now();
    if (this.timer) clearTimeout(this.timer);
    else this.waitingSince = now;
    const waitLeft = this.waitingSince + (this.options.maxWaitMs ?? MAX_WAIT_MS) - now;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.drain();
      },
      Math.max(0, Math.min(this.options.debounceMs, waitLeft)),
    );
  }

  /** Builds now (after any build under way) and resolves with its record. */
  async buildNow(reason: string, kind: BuildKind = 'full'): Promise<BuildRecord> {
    if (this.running) await this.running.catch(() => undefined);
    this.running = this.runBuild(reason, kind);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Waits until no build is running or pending. */
  async idle(): Promise<void> {
    while (this.running || this.timer || this.pendingReasons.length > 0) {
      await (this.running ?? new Promise<void>((resolve) => setTimeout(resolve, 50)));
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingReasons = [];
    this.pendingFull = false;
  }

  private async drain(): Promise<void> {
    if (this.running) {
      // The running build started before these requests: build again when it is done.
      await this.running.catch(() => undefined);
      if (this.timer) return;
    }
    if (this.pendingReasons.length === 0) return;
    const reasons = [...new Set(this.pendingReasons)];
    const kind: BuildKind = this.pendingFull ? 'full' : 'partial';
    this.pendingReasons = [];
    this.pendingFull = false;
    await this.buildNow(
      reasons.length > 3 ? `${reasons.slice(0, 3).join(', ')} and ${reasons.length - 3} more` : reasons.join(', '),
      kind,
    );
    if (this.pendingReasons.length > 0 && !this.timer) await this.drain();
  }

  private async runBuild(reason: string, requested: BuildKind): Promise<BuildRecord> {
    const started = new Date();
    // Sortable and unique even for two builds in the same millisecond.
    const id = `${started.toISOString().replace(/[:.]/g, '-')}-${String(++this.sequence).padStart(4, '0')}`;
    const outDir = path.join(this.options.siteDir, 'builds', id);
    this.state.building = true;
    this.writeStatus();
    const from = requested === 'partial' ? this.currentDir : null;
    this.options.log(`site: building${from ? ' the pages the change touches' : ''} (${reason})`);
    let kind: BuildKind = 'full';
    const finish = (outcome: { ok: true } | { ok: false; error: string }): BuildRecord => ({
      id,
      reason,
      kind,
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started.getTime(),
      ...outcome,
    });
    let record: BuildRecord;
    try {
      if (from) {
        try {
          kind = await this.options.build(outDir, { from });
        } catch (error) {
          // The served site is untouched; a full build decides whether the change itself is at fault.
          rmSync(outDir, { recursive: true, force: true });
          this.options.log(`site: the partial build failed (${oneLine(error)}); building the whole site`);
          kind = await this.options.build(outDir, { from: null });
        }
      } else {
        kind = await this.options.build(outDir, { from: null });
      }
      this.publish(id);
      record = finish({ ok: true });
      this.state.lastGoodBuild = record;
      this.options.log(`site: published ${kind} build ${id} in ${(record.durationMs / 1000).toFixed(1)} s`);
    } catch (error) {
      rmSync(outDir, { recursive: true, force: true });
      record = finish({ ok: false, error: oneLine(error) });
      this.options.log(`site: build failed, still serving the last good site: ${record.error}`);
    }
    this.state.lastBuild = record;
    this.state.building = false;
    this.lastBuildEnded = Date.now();
    this.writeStatus();
    this.prune();
    return record;
  }

  /** Points `current` at the new build in one rename, which readers see either before or after. */
  private publish(id: string): void {
    const temporary = `${this.linkPath}.${id}`;
    symlinkSync(path.join('builds', id), temporary);
    renameSync(temporary, this.linkPath);
    this.state.current = id;
  }

  private currentBuildId(): string | null {
    try {
      return path.basename(readlinkSync(this.linkPath));
    } catch {
      return null;
    }
  }

  /**
   * Deletes the builds older than the newest `keep`, in the background: removing the 60,000 files
   * of a 10,000-entry build takes tens of seconds, and done synchronously it held up this process,
   * whose server answers readers, for all that time right after a new build was published. Each is
   * first renamed out of `builds/` in one step where it can be (not when `builds/` is a disk of its
   * own, or a full one); a removal a crash left unfinished is finished at the next prune.
   */
  private prune(): void {
    const buildsDir = path.join(this.options.siteDir, 'builds');
    const builds = readdirSync(buildsDir).sort();
    const keep = new Set([this.state.current, ...builds.slice(-(this.options.keep ?? 2))]);
    for (const build of builds.filter((name) => !keep.has(name))) {
      const aside = path.join(this.options.siteDir, `${REMOVING}${build}`);
      try {
        renameSync(path.join(buildsDir, build), aside);
      } catch {
        this.removeInBackground(path.join(buildsDir, build));
      }
    }
    for (const old of readdirSync(this.options.siteDir).filter((name) => name.startsWith(REMOVING))) {
      this.removeInBackground(path.join(this.options.siteDir, old));
    }
  }

  /** Resolves when the old builds being removed are gone (tests). */
  async removed(): Promise<void> {
    await Promise.all(this.removing.values());
  }

  private removeInBackground(dir: string): void {
    if (this.removing.has(dir)) return;
    const done = this.removeBetweenBuilds(dir)
      .catch((error: Error) => this.options.log(`site: could not remove the old build ${dir}: ${error.message}`))
      .finally(() => this.removing.delete(dir));
    this.removing.set(dir, done);
  }

  /**
   * Waits until no build runs or is asked for, and none has for removeAfterQuietMs; for the oldest
   * of the old builds beyond MAX_WAITING_REMOVALS, only until no build runs.
   */
  private async quiet(dir: string): Promise<void> {
    const quietMs = this.options.removeAfterQuietMs ?? REMOVE_AFTER_QUIET_MS;
    for (;;) {
      if (this.running) {
        await this.running.catch(() => undefined);
        continue;
      }
      const excess = [...this.removing.keys()].slice(0, Math.max(0, this.removing.size - MAX_WAITING_REMOVALS));
      if (excess.includes(dir)) return;
      const left = this.timer || this.pendingReasons.length > 0 ? 50 : this.lastBuildEnded + quietMs - Date.now();
      if (left <= 0) return;
      // Looked at again every so often: a build asked for meanwhile, more old builds waiting.
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, 200)).unref());
    }
  }

  /**
   * Removes an old build's files a batch at a time, and only while the builder is quiet (quiet()):
   * unlinking some 75,000 files is seconds of both cores' system time, which the next build (the
   * publish after this one, seconds later) lost when the two ran side by side.
   */
  private async removeBetweenBuilds(dir: string): Promise<void> {
    await this.quiet(dir);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.join(entry.parentPath, entry.name));
    for (let start = 0; start < files.length; start += REMOVE_BATCH) {
      await this.quiet(dir);
      // A file already gone is fine; any other failure is the final rm()'s to report.
      await Promise.all(files.slice(start, start + REMOVE_BATCH).map((file) => unlink(file).catch(() => undefined)));
    }
    await this.quiet(dir);
    await rm(dir, { recursive: true, force: true });
  }

  private writeStatus(): void {
    try {
      writeFileSync(path.join(this.options.siteDir, 'status.json'), `${JSON.stringify(this.status(), null, 2)}\n`);
    } catch (error) {
      // A full disk: the status stays served live by /_stack/status; the stack must not fall over.
      this.options.log(`site: could not record the build status: ${(error as Error).message}`);
    }
  }
}
