// Rebuilds the static site on request, debounced, and publishes each good build in one step: the
// build goes to its own folder, then the `current` link is renamed over the old one. A failed
// build keeps the last good site and records why.
import { mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildRecord {
  id: string;
  reason: string;
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
  /** Builds the site into `outDir`; rejects with a one-line reason on failure. */
  build: (outDir: string) => Promise<void>;
  debounceMs: number;
  log: (line: string) => void;
  /** How many of the newest builds to keep (2: the current one and the one before it). */
  keep?: number;
}

export class SiteBuilder {
  private readonly options: SiteBuilderOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<BuildRecord> | null = null;
  private pendingReasons: string[] = [];
  private sequence = 0;
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

  /** Asks for a rebuild; requests within the debounce window become one build. */
  request(reason: string): void {
    this.pendingReasons.push(reason);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, this.options.debounceMs);
  }

  /** Builds now (after any build under way) and resolves with its record. */
  async buildNow(reason: string): Promise<BuildRecord> {
    if (this.running) await this.running.catch(() => undefined);
    this.running = this.runBuild(reason);
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
  }

  private async drain(): Promise<void> {
    if (this.running) {
      // The running build started before these requests: build again when it is done.
      await this.running.catch(() => undefined);
      if (this.timer) return;
    }
    if (this.pendingReasons.length === 0) return;
    const reasons = [...new Set(this.pendingReasons)];
    this.pendingReasons = [];
    await this.buildNow(
      reasons.length > 3 ? `${reasons.slice(0, 3).join(', ')} and ${reasons.length - 3} more` : reasons.join(', '),
    );
    if (this.pendingReasons.length > 0 && !this.timer) await this.drain();
  }

  private async runBuild(reason: string): Promise<BuildRecord> {
    const started = new Date();
    // Sortable and unique even for two builds in the same millisecond.
    const id = `${started.toISOString().replace(/[:.]/g, '-')}-${String(++this.sequence).padStart(4, '0')}`;
    const outDir = path.join(this.options.siteDir, 'builds', id);
    this.state.building = true;
    this.writeStatus();
    this.options.log(`site: building (${reason})`);
    const finish = (outcome: { ok: true } | { ok: false; error: string }): BuildRecord => ({
      id,
      reason,
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started.getTime(),
      ...outcome,
    });
    let record: BuildRecord;
    try {
      await this.options.build(outDir);
      this.publish(id);
      record = finish({ ok: true });
      this.state.lastGoodBuild = record;
      this.options.log(`site: published build ${id} in ${(record.durationMs / 1000).toFixed(1)} s`);
    } catch (error) {
      rmSync(outDir, { recursive: true, force: true });
      record = finish({ ok: false, error: (error instanceof Error ? error.message : String(error)).split('\n')[0] });
      this.options.log(`site: build failed, still serving the last good site: ${record.error}`);
    }
    this.state.lastBuild = record;
    this.state.building = false;
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

  private prune(): void {
    const builds = readdirSync(path.join(this.options.siteDir, 'builds')).sort();
    const keep = new Set([this.state.current, ...builds.slice(-(this.options.keep ?? 2))]);
    for (const build of builds) {
      if (!keep.has(build)) rmSync(path.join(this.options.siteDir, 'builds', build), { recursive: true, force: true });
    }
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
