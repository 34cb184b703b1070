// A component's log file, rotated by size so that a long-running stack cannot fill the disk:
// name.log is the newest; when a write would take it past `maxBytes`, name.log becomes name.log.1,
// name.log.1 becomes name.log.2, and so on; beyond `keep` rotated files the oldest is deleted.
// Writes are synchronous and never throw: a full disk loses log lines, never the stack.
import { closeSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { PRIVATE_FILE } from './private-files.ts';

export interface LogLimits {
  /** Size at which the file is rotated. */
  maxBytes: number;
  /** Rotated files kept besides the current one. */
  keep: number;
}

export class RotatingLog {
  private fd: number | null = null;
  private size = 0;
  /** Lines lost to write errors (a full disk) since the last successful write. */
  private lost = 0;

  readonly file: string;
  private readonly limits: LogLimits;

  constructor(file: string, limits: LogLimits) {
    this.file = file;
    this.limits = limits;
    this.open();
  }

  write(chunk: string | Buffer): void {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.fd === null) this.open();
    if (this.fd === null) return void this.lost++;
    if (this.size > 0 && this.size + data.length > this.limits.maxBytes) this.rotate();
    try {
      if (this.lost > 0) {
        this.append(Buffer.from(`── ${this.lost} write(s) lost (${new Date().toISOString()})\n`));
        this.lost = 0;
      }
      this.append(data);
    } catch {
      this.lost++;
    }
  }

  close(): void {
    if (this.fd === null) return;
    try {
      closeSync(this.fd);
    } catch {
      // nothing to do
    }
    this.fd = null;
  }

  private append(data: Buffer): void {
    if (this.fd === null) throw new Error('log not open');
    let written = 0;
    while (written < data.length) written += writeSync(this.fd, data, written);
    this.size += data.length;
  }

  private open(): void {
    try {
      this.fd = openSync(this.file, 'a', PRIVATE_FILE);
      this.size = fstatSync(this.fd).size;
    } catch {
      this.fd = null;
    }
  }

  private rotate(): void {
    this.close();
    try {
      rmSync(`${this.file}.${this.limits.keep}`, { force: true });
      for (let index = this.limits.keep - 1; index >= 1; index--) {
        try {
          renameSync(`${this.file}.${index}`, `${this.file}.${index + 1}`);
        } catch {
          // that one did not exist yet
        }
      }
      if (this.limits.keep > 0) renameSync(this.file, `${this.file}.1`);
      else rmSync(this.file, { force: true });
    } catch {
      // could not rotate (a full disk): keep writing to the same file rather than lose it
    }
    this.open();
  }
}
