// The record of a running stack in DATA_DIR/stack.json: who supervises it (PID, start time, command
// line), what it started, and where it answers. A later `npm start` reads it to tell "already
// running" from "crashed and left processes behind", and never confuses either with a process
// that merely got a recorded PID again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writePrivateFile } from './private-files.ts';
import type { ProcessIdentity } from './proc.ts';

export interface RunRecord {
  /** Random id of the run; every process it starts carries it in its environment (RUN_MARKER). */
  runId: string;
  supervisor: ProcessIdentity;
  startedAt: string;
  /** Set once every component answers. */
  upAt?: string;
  children: (ProcessIdentity & { name: string })[];
  urls: { site: string; cms: string; search: string; indexer: string };
}

export const recordFile = (dataDir: string) => path.join(dataDir, 'stack.json');

export function readRunRecord(dataDir: string): RunRecord | null {
  try {
    const record = JSON.parse(readFileSync(recordFile(dataDir), 'utf8')) as RunRecord;
    return record?.runId && record.supervisor ? record : null;
  } catch {
    return null;
  }
}

export function writeRunRecord(dataDir: string, record: RunRecord): void {
  writePrivateFile(recordFile(dataDir), `${JSON.stringify(record, null, 2)}\n`);
}
