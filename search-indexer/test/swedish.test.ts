import { describe, expect, it } from 'vitest';
import { compoundParts } from '../src/swedish/compounds.ts';
import { inflectedForms, swedishSearchForms } from '../src/swedish/forms.ts';
import { swedishStem } from '../src/swedish/stemmer.ts';
import { STOP_WORD_EXCEPTIONS, SWEDISH_STOP_WORDS } from '../src/swedish/stop-words.ts';
import { SYNONYM_GROUPS, synonymTable } from '../src/swedish/synonyms.ts';

describe('Snowball Swedish stemmer', () => {
  it.each([
    // The examples of the published algorithm description.
    ['jaktkarlarne', 'jaktkarl'],
    ['klokaste', 'klok'],
    ['kloka', 'klok'],
    ['friskt', 'frisk'],
    // Step 1 (-s only after a valid s-ending), step 2 (consonant pairs), step 3 (derivations).
    ['hus', 'hus'],
    ['bygdens', 'bygd'],
    ['tillgänglig', 'tillgäng'],
    ['kraftfullt', 'kraftfull'],
    // The domain's words: every form of a word has one stem.
    ['butik', 'butik'],
    ['butiker', 'butik'],
    ['butiken', 'butik'],
    ['butikerna', 'butik'],
    ['servicepunkt', 'servicepunk'],
    ['servicepunkter', 'servicepunk'],
    ['utlysning', 'utlysning'],
    ['utlysningar', 'utlysning'],
    ['kommunerna', 'kommun'],
    ['älvdalen', 'älvdal'],
  ])('%s → %s', (word, stem) => {
    expect(swedishStem(word)).toBe(stem);
  });

  it('leaves short words alone (R1 begins after the third letter at the earliest)', () => {
    expect(swedishStem('by')).toBe('by');
    expect(swedishStem('ort')).toBe('ort');
  });
});

describe('inflected forms', () => {
  it('gives the plural, definite and definite plural that stem back to the word’s stem', () => {
    expect(inflectedForms('butik')).toEqual(['butiken', 'butiker', 'butikerna']);
    expect(inflectedForms('butiker')).toEqual(expect.arrayContaining(['butik', 'butiken', 'butikerna']));
    expect(inflectedForms('butiker')).not.toContain('butiker');
    for (const form of inflectedForms('servicepunkt')) expect(swedishStem(form)).toBe(swedishStem('servicepunkt'));
  });
});

describe('compound parts', () => {
  it.each([
    ['servicepunkt', ['service', 'punkt']],
    ['servicepunkter', ['service', 'punkt']],
    ['dagligvarubutik', ['dagligvara', 'butik']],
    ['bybutiken', ['by', 'butik']],
    ['drivmedelsstation', ['drivmedel', 'station']],
    ['landsbygdsutveckling', ['landsbygd', 'land', 'bygd', 'utveckling']],
    ['paketombud', ['paket', 'ombud']],
  ])('%s → %j', (word, parts) => {
    expect(compoundParts(word)).toEqual(parts);
  });

  it('does not split words that only look like compounds, nor simple words', () => {
    expect(compoundParts('ansvar')).toEqual([]);
    expect(compoundParts('butik')).toEqual([]);
    expect(compoundParts('jämtland')).toEqual([]);
  });
});

describe('the stems field', () => {
  it('holds the other forms and compound parts of the words, not the words themselves or stop words', () => {
    const field = swedishSearchForms(['Bybutiken och servicepunkten i byn']);
    expect(field).toEqual(expect.arrayContaining(['butik', 'butiker', 'by', 'service', 'servicepunkter']));
    expect(field).not.toContain('bybutiken');
    expect(field).not.toContain('och');
  });
});

describe('stop words', () => {
  it('are the function words, without the domain words', () => {
    expect(SWEDISH_STOP_WORDS).toEqual(expect.arrayContaining(['och', 'att', 'som', 'för', 'på']));
    for (const word of STOP_WORD_EXCEPTIONS) expect(SWEDISH_STOP_WORDS).not.toContain(word);
  });

  it('contain no word of the domain’s vocabulary', () => {
    const domain = [...SYNONYM_GROUPS.flat(), 'butik', 'service', 'kommun', 'län', 'by', 'bygd', 'hem', 'post', 'vård'];
    for (const word of domain) expect(SWEDISH_STOP_WORDS, word).not.toContain(word);
  });
});

describe('synonyms', () => {
  it('are mutual within a group', () => {
    const table = synonymTable();
    expect(table.lanthandel).toEqual(expect.arrayContaining(['dagligvarubutik', 'byaffär']));
    expect(table.dagligvarubutik).toContain('lanthandel');
    expect(table.bensin).toContain('drivmedel');
    expect(table.remiss).toEqual(['remissvar']);
    for (const [word, others] of Object.entries(table)) {
      expect(others).not.toContain(word);
      for (const other of others) expect(table[other], `${other} → ${word}`).toContain(word);
    }
  });

  it('merge groups that share a word', () => {
    const table = synonymTable([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(table.b).toEqual(['a', 'c']);
    expect(table.a).toEqual(['b']);
  });
});
