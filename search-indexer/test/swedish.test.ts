import { describe, expect, it } from 'vitest';
import { compoundParts } from '../src/swedish/compounds.ts';
import { inflectedForms, swedishSearchForms } from '../src/swedish/forms.ts';
import { swedishStem } from '../src/swedish/stemmer.ts';
import { STOP_WORD_EXCEPTIONS, SWEDISH_STOP_WORDS } from '../src/swedish/stop-words.ts';
import {
  ENGLISH_SYNONYM_GROUPS,
  SWEDISH_SYNONYM_GROUPS,
  SYNONYM_GROUPS,
  synonymTerms,
} from '../src/swedish/synonyms.ts';

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
    expect(inflectedForms('butik')).toEqual(['butiken', 'butiker', 'butikerna', 'butiket']);
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
  const terms = (text: string, language: 'sv' | 'en' = 'sv') => synonymTerms([text], language);

  it('add every word of a group, in every form and without å/ä/ö, to a text that uses one of them', () => {
    const added = terms('Servicen i lanthandeln hålls öppen.');
    expect(added).toEqual(expect.arrayContaining(['byaffär', 'byaffären', 'byaffar', 'dagligvarubutik', 'bybutik']));
    expect(terms('Byborna tog över macken')).toEqual(
      expect.arrayContaining(['tankställe', 'tankstalle', 'drivmedelsstation']),
    );
  });

  it('reach a group through a compound part and through a multi-word member', () => {
    expect(terms('Bensinmacken stängde')).toEqual(expect.arrayContaining(['tankställe', 'drivmedel']));
    expect(terms('Anropsstyrd trafik till vårdcentralen')).toContain('närtrafik');
    expect(terms('Närtrafiken går på beställning')).toContain('anropsstyrd trafik');
    // The two words apart are not the phrase.
    expect(terms('Trafiken är anropsstyrd')).not.toContain('närtrafik');
  });

  it('add nothing to a text that uses no word of a group', () => {
    expect(terms('Kören övar i kyrkan på torsdagar.')).toEqual([]);
  });

  it('keep Swedish and English apart', () => {
    expect(terms('The village shop stays open', 'en')).toEqual(
      expect.arrayContaining(['grocery store', 'country store']),
    );
    expect(terms('The village shop stays open', 'en')).not.toContain('lanthandel');
    expect(terms('Lanthandeln', 'en')).toEqual([]);
  });

  it('have no word in two groups of one language, so a group never pulls in an unrelated one', () => {
    for (const groups of [SWEDISH_SYNONYM_GROUPS, ENGLISH_SYNONYM_GROUPS]) {
      const words = groups.flat();
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
