// The content files are checked as they are loaded: a file at fault stops the seed with an error that
// names the file and the field, in words an editor understands.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { method } from '@skb/content-types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR, entriesOf, loadDemoContent } from './content.ts';
import { SeedContentError } from './content-error.ts';
import { entryData } from './entry-data.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'skb-seed-content-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const METHOD = 'methods/bystamma-om-service.sv.md';
const edit = (file: string, change: (text: string) => string) => {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};
const loadError = (): SeedContentError => {
  try {
    loadDemoContent({ dir });
  } catch (error) {
    if (error instanceof SeedContentError) return error;
    throw error;
  }
  throw new Error('the content loaded without an error');
};

// Each test loads the whole bank (about 360 files), which takes seconds on a busy machine.
describe('loading the demo content', { timeout: 60_000 }, () => {
  it('reads the Swedish and English files of an entry, with the body below the front matter', () => {
    const content = loadDemoContent({ dir });
    const entry = entriesOf(content, method).find((item) => item.key === 'bystamma-om-service');
    expect(entry?.fields.title).toBe('Bystämma om servicen i bygden');
    expect(entry?.fields.body).toMatch(/^Bystämman är det enklaste sättet/);
    expect(entry?.fields.body).toMatch(/1 000–3 000 kronor\.$/);
    expect(entry?.en?.fields.title).toBe('Village assembly on local services');
    expect(entry?.seed).toEqual({ publishedDaysAgo: 120, draft: false });
  });

  it('resolves dates relative to the seed day and lays the English fields over the Swedish ones', () => {
    const content = loadDemoContent({ dir });
    const entry = entriesOf(content, method).find((item) => item.key === 'bystamma-om-service');
    if (!entry) throw new Error('no bystamma-om-service');
    const { sv, en } = entryData(entry, new Date('2026-03-31T12:00:00Z'));
    expect(sv.lastVerifiedAt).toBe('2026-03-01');
    expect(sv.slug).toBe('bystamma-om-servicen-i-bygden');
    expect(en?.slug).toBe('village-assembly-on-local-services');
    expect(en?.effort).toBe(sv.effort);
    expect(en?.serviceAreas).toEqual(sv.serviceAreas);
  });

  it('names the file and the field that breaks the model, with the model’s Swedish message', () => {
    edit(METHOD, (text) => text.replace(/^summary: .*$/m, `summary: ${'lång '.repeat(70)}`));
    const error = loadError();
    expect(error.file).toBe(METHOD);
    expect(error.message).toContain(`${METHOD}: fältet "summary": Högst 300 tecken`);
  });

  it('names a field the model does not have', () => {
    edit(METHOD, (text) => text.replace(/^summary:/m, 'sumary:'));
    expect(loadError().issues).toContainEqual({ field: 'sumary', message: expect.stringMatching(/^okänt fält/) });
  });

  it('refuses a shared field in the English file', () => {
    const file = 'methods/bystamma-om-service.en.md';
    edit(file, (text) => text.replace(/^---\n/, '---\neffort: hög\n'));
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.issues).toContainEqual({ field: 'effort', message: expect.stringContaining('översatta fält') });
  });

  it('names a relation to something that does not exist', () => {
    edit(METHOD, (text) => text.replace(/^serviceAreas:\n/m, 'serviceAreas:\n  - rymdresor\n'));
    expect(loadError().issues).toContainEqual({
      field: 'serviceAreas[0]',
      message: expect.stringContaining('rymdresor'),
    });
    rmSync(path.join(dir, METHOD));
    rmSync(path.join(dir, 'methods/bystamma-om-service.en.md'));
    // Case studies and responses refer to the method by its key.
    expect(loadError().message).toMatch(/fältet "methods\[\d+\]": ingen method med filnamnet "bystamma-om-service"/);
  });

  it('names a seed-only key with a bad value and a malformed relative date', () => {
    edit(METHOD, (text) => text.replace(/^publishedDaysAgo: .*$/m, 'publishedDaysAgo: igår'));
    expect(loadError().issues).toContainEqual({ field: 'publishedDaysAgo', message: expect.any(String) });
    edit(METHOD, (text) =>
      text.replace(/^publishedDaysAgo: .*$/m, 'publishedDaysAgo: 1').replace(/inDays: -30/, 'inDagar: -30'),
    );
    expect(loadError().message).toContain('fältet "lastVerifiedAt');
  });

  it('gives the line of a YAML syntax error in the file', () => {
    edit(METHOD, (text) => text.replace(/^effort: låg$/m, 'effort: [låg'));
    const error = loadError();
    expect(error.file).toBe(METHOD);
    expect(error.message).toMatch(/YAML-fel \(rad \d+\)/);
  });

  it('refuses an English file without a Swedish one, and a folder that is no content type', () => {
    rmSync(path.join(dir, METHOD));
    expect(loadError().message).toContain('bystamma-om-service.sv.md saknas');
    cpSync(path.join(dir, 'methods'), path.join(dir, 'metoder'), { recursive: true });
    expect(loadError().message).toMatch(/^metoder: ingen innehållstyp heter "metoder"/);
  });

  it('checks organisations and helpdesk questions against their models too', () => {
    edit('organisations/alvbygdens-handel.yaml', (text) => text.replace('kind: företag', 'kind: bolag'));
    expect(loadError().message).toMatch(/^organisations\/alvbygdens-handel\.yaml: fältet "kind": Välj ett av/);
    edit('organisations/alvbygdens-handel.yaml', (text) => text.replace('kind: bolag', 'kind: företag'));
    edit('questions/margareta-lindqvist.yaml', (text) => text.replace(/^email: .*$/m, 'email: inte-en-adress'));
    expect(loadError().message).toMatch(/^questions\/margareta-lindqvist\.yaml: fältet "email"/);
  });
});
