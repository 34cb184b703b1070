import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToEnvFile, envFilePath, envWithFile, readEnvFile } from '../src/env-file.ts';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'skb-env-')), '.env');

describe('readEnvFile', () => {
  it('reads KEY=value lines as node --env-file does, skipping comments and blanks, unquoting values', () => {
    const file = tempFile();
    writeFileSync(file, '# comment\nA=1\n\nB = "två ord"\nC=\'x=y\'\nbroken line\nD=\nexport E=5\nF=g # note\n');
    expect(readEnvFile(file)).toEqual({ A: '1', B: 'två ord', C: 'x=y', D: '', E: '5', F: 'g' });
  });

  it('is empty for a missing file', () => {
    expect(readEnvFile(path.join(tmpdir(), 'skb-no-such-dir', '.env'))).toEqual({});
  });

  it('lets the environment win over the file, which ENV_PATH names', () => {
    const file = tempFile();
    writeFileSync(file, 'A=file\nB=file\n');
    expect(envFilePath({ ENV_PATH: file })).toBe(file);
    expect(envWithFile({ ENV_PATH: file, B: 'env' })).toEqual({ ENV_PATH: file, A: 'file', B: 'env' });
  });
});

describe('addToEnvFile', () => {
  it('adds only the keys the file lacks, under a comment, never changing a value there', () => {
    const file = tempFile();
    writeFileSync(file, 'A=mine\nEMPTY=');
    expect(addToEnvFile(file, { A: 'generated', EMPTY: 'generated', B: 'b-value' }, 'Added')).toEqual(['B']);
    expect(readFileSync(file, 'utf8')).toBe('A=mine\nEMPTY=\n# Added\nB=b-value\n');
    expect(addToEnvFile(file, { A: 'x', B: 'y' }, 'Again')).toEqual([]);
    expect(readEnvFile(file)).toEqual({ A: 'mine', EMPTY: '', B: 'b-value' });
  });

  it('makes a missing file owner-only from the start, and keeps the mode of the file it replaces owner-only', () => {
    const file = tempFile();
    addToEnvFile(file, { SECRET: 's' }, 'Written');
    expect(readFileSync(file, 'utf8')).toBe('# Written\nSECRET=s\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o644);
    addToEnvFile(file, { OTHER: 'o' }, 'Added');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a value that would not stay one line', () => {
    const file = tempFile();
    expect(() => addToEnvFile(file, { A: 'one\nB=two' }, 'x')).toThrow(/^A: /);
    expect(() => addToEnvFile(file, { 'NOT A KEY': 'x' }, 'x')).toThrow(/^NOT A KEY: /);
  });
});
