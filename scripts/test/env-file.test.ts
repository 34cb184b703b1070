import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEnvFile } from '@skb/search-indexer';
import { describe, expect, it } from 'vitest';
import { adminPassword, ensureEnvFile, maskSecret } from '../stack/env-file.ts';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'skb-env-')), '.env');

describe('ensureEnvFile', () => {
  it('writes generated secrets and a local admin to a missing file', () => {
    const file = tempFile();
    const { values, added } = ensureEnvFile(file, {});
    expect(added).toEqual(expect.arrayContaining(['APP_KEYS', 'MEILI_MASTER_KEY', 'STRAPI_ADMIN_PASSWORD']));
    expect(readEnvFile(file)).toEqual(values);
    expect(values.APP_KEYS.split(',')).toHaveLength(4);
  });

  it('never changes a value already in the file and adds only what is missing', () => {
    const file = tempFile();
    writeFileSync(file, 'APP_KEYS=mine\nSTRAPI_ADMIN_PASSWORD=Eget1234\n');
    const { values, added } = ensureEnvFile(file, {});
    expect(values.APP_KEYS).toBe('mine');
    expect(values.STRAPI_ADMIN_PASSWORD).toBe('Eget1234');
    expect(added).not.toContain('APP_KEYS');
    expect(readFileSync(file, 'utf8').startsWith('APP_KEYS=mine\nSTRAPI_ADMIN_PASSWORD=Eget1234\n')).toBe(true);
    const again = ensureEnvFile(file, {});
    expect(again.added).toEqual([]);
    expect(again.values).toEqual(values);
  });

  it('leaves out what the environment already sets', () => {
    const file = tempFile();
    const { added } = ensureEnvFile(file, { STRAPI_ADMIN_EMAIL: 'redaktor@example.se', MEILI_MASTER_KEY: 'k' });
    expect(added).not.toContain('STRAPI_ADMIN_EMAIL');
    expect(added).not.toContain('MEILI_MASTER_KEY');
  });
});

describe('adminPassword', () => {
  // Random bytes that encode to one character class only: all "A", all "_" (written as "x"), all "0".
  const unlucky = [[0x00], [0xff], [0xd3, 0x4d, 0x34]].map(
    (pattern) => (size: number) =>
      Buffer.from(Array.from({ length: size }, (_, i) => pattern[i % pattern.length] ?? 0)),
  );

  it('meets Strapi admin rules (8 to 72 bytes, upper and lower case and a digit) whatever the bytes', () => {
    for (const random of unlucky) {
      const password = adminPassword(random);
      expect(password).toHaveLength(24);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
    }
  });

  it('is random, and only letters and digits (nothing a shell or .env line must quote)', () => {
    const passwords = Array.from({ length: 50 }, () => adminPassword());
    expect(new Set(passwords).size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9]{24}$/);
  });
});

describe('the .env file mode', () => {
  it('is owner-only when written, and an existing looser file is tightened', async () => {
    const { chmodSync, statSync } = await import('node:fs');
    const fresh = tempFile();
    ensureEnvFile(fresh, {});
    expect(statSync(fresh).mode & 0o777).toBe(0o600);

    const loose = tempFile();
    writeFileSync(loose, 'APP_KEYS=mine\n');
    chmodSync(loose, 0o644);
    const complete = Object.fromEntries(Object.keys(ensureEnvFile(tempFile(), {}).values).map((key) => [key, 'x']));
    // Nothing to add, and still the mode is fixed.
    const { added, tightened } = ensureEnvFile(loose, complete);
    expect(added).toEqual([]);
    expect(tightened).toBe(true);
    expect(statSync(loose).mode & 0o777).toBe(0o600);
  });
});

describe('maskSecret', () => {
  it('shows the start of a password, never the password', () => {
    expect(maskSecret('Skbabcdefghijklmnop7')).toBe('Skb…');
    expect(maskSecret('short')).toBe('…');
  });
});
