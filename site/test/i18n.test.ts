import { describe, expect, it } from 'vitest';
import { compareText, sortByText } from '../src/lib/collate.ts';
import { textsWithPrefix, translator } from '../src/lib/i18n.ts';
import { islandTranslator } from '../src/lib/island-text.ts';
import en from '../translations/en.json';
import sv from '../translations/sv.json';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('has every Swedish key in English, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(sv).filter(
      (key) =>
        (en as Record<string, string>)[key] !== '' &&
        (sv as Record<string, string>)[key] !== '' &&
        JSON.stringify(placeholders((sv as Record<string, string>)[key] ?? '')) !==
          JSON.stringify(placeholders((en as Record<string, string>)[key] ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders and picks plural forms', () => {
    const t = translator('sv');
    expect(t('list.count', { count: 1 })).toBe('1 post');
    expect(t('list.count', { count: 1234 })).toBe('1\u00a0234 poster');
    expect(translator('en')('deadline.daysLeft', { count: 1 })).toBe('1 day left');
    expect(t('deadline.daysLeft', { count: 12 })).toBe('12 dagar kvar');
  });

  it('gives an island only its own strings, without the prefix', () => {
    const text = textsWithPrefix('en', 'helpdesk.');
    expect(text['name.label']).toBe('Your name');
    expect(Object.keys(text).every((key) => !key.startsWith('helpdesk.'))).toBe(true);
  });
});

describe('Swedish sorting', () => {
  it('puts å, ä and ö after z, in that order', () => {
    const names = ['Örebro', 'Åre', 'Ale', 'Älvdalen', 'Zinkgruvan', 'Arjeplog', 'Östersund', 'Ånge'];
    expect(sortByText(names, (name) => name, 'sv')).toEqual([
      'Ale',
      'Arjeplog',
      'Zinkgruvan',
      'Ånge',
      'Åre',
      'Älvdalen',
      'Örebro',
      'Östersund',
    ]);
  });

  it('treats them as accented letters in English', () => {
    expect(['Örebro', 'Zinkgruvan'].sort(compareText('en'))).toEqual(['Örebro', 'Zinkgruvan']);
  });
});

describe('interface texts used in templates', () => {
  it('exist for every literal key a component or page asks for', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = new URL('../src/', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter((name) => /\.(astro|ts|tsx)$/.test(name));
    // A plural pair `x.one`/`x.other` is asked for as `x`; islands get their keys without the prefix.
    const keys = new Set(Object.keys(sv).flatMap((key) => [key, key.replace(/\.(one|other)$/, '')]));
    const missing: string[] = [];
    for (const file of files) {
      const text = await readFile(new URL(file, root), 'utf8');
      const island = file.startsWith('islands/');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9.-]+)'/g)) {
        const key = match[1] ?? '';
        const known = island ? keys.has(`search.${key}`) || keys.has(`helpdesk.${key}`) : keys.has(key);
        if (!known) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('interface texts in islands', () => {
  it('picks the plural form and writes numbers as the language does, large ones with their separators', () => {
    const sv = islandTranslator(textsWithPrefix('sv', 'search.'), 'sv');
    const en = islandTranslator(textsWithPrefix('en', 'search.'), 'en');
    expect(sv('results.count', { count: 1 })).toBe('1 träff');
    expect(sv('results.countFor', { count: 0, query: 'butik' })).toBe('0 träffar för ”butik”');
    expect(en('results.count', { count: 1 })).toBe('1 result');
    // Below 1,000 the number is written without a format (slow to make in a browser): the same text.
    for (const count of [0, 7, 42, 999, 1000, 12_345, 1_234_567]) {
      expect(sv('results.count', { count })).toBe(`${new Intl.NumberFormat('sv-SE').format(count)} träffar`);
      expect(en('results.count', { count })).toBe(`${new Intl.NumberFormat('en-GB').format(count)} results`);
    }
    expect(sv('results.count', { count: 12_345 })).toBe('12\u00a0345 träffar');
    expect(en('results.count', { count: 12_345 })).toBe('12,345 results');
  });
});
