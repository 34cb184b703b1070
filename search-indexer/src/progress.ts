// A progress bar for long work: count, rate and time left, redrawn in place on a terminal, or a
// line every few seconds in a log. Ends with the caller's one-line summary.

export interface ProgressState {
  done: number;
  total: number;
}

const WIDTH = 24;

/** `12345` → `12 345`, Swedish grouping with a plain space (terminals and logs handle it everywhere). */
const count = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** `reindex ██████░░░░ 6 200/10 000  905/s  4s left` */
export function formatProgress(args: { label: string; done: number; total: number; elapsedMs: number }): string {
  const { label, done, total, elapsedMs } = args;
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * WIDTH);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? ((total - done) / rate) * 1000 : Number.NaN;
  return `${label} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${count(done)}/${count(total)}  ${Math.round(rate)}/s  ${formatDuration(left)} left`;
}

export function createProgressBar(options: { label: string; stream?: NodeJS.WriteStream; logEveryMs?: number }) {
  const stream = options.stream ?? process.stderr;
  const started = performance.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(state: ProgressState): void {
      const now = performance.now();
      if (now - lastDraw < (tty ? 100 : (options.logEveryMs ?? 5000))) return;
      lastDraw = now;
      const line = formatProgress({ label: options.label, ...state, elapsedMs: now - started });
      if (tty) stream.write(`\r\x1b[2K${line}`);
      else stream.write(`${line}\n`);
      drawn = true;
    },
    /** Clears the bar; the caller prints its summary. */
    done(): void {
      if (tty && drawn) stream.write('\r\x1b[2K');
    },
  };
}
