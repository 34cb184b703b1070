import { searchDocument } from '@skb/content-types/search';
import { describe, expect, it } from 'vitest';
import { toSearchDocument } from '../src/mapping/index.ts';
import { eventEntry } from './fixtures.ts';
import { advocacyActionEntry, goalEntry, networkEntry, projectEntry } from './network-fixtures.ts';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('the network’s own types', () => {
  it.each([
    ['goal', goalEntry()],
    ['project', projectEntry()],
    ['network', networkEntry()],
    ['advocacy-action', advocacyActionEntry()],
  ] as const)('%s: a valid search document with Swedish forms', (type, entry) => {
    const document = toSearchDocument(type, entry, NOW);
    expect(searchDocument.parse(document)).toEqual(document);
    expect(document.id).toBe(`${type}-${entry.documentId}-sv`);
    expect(document.text).toContain('Nätverket samordnar arbetet');
    expect(`${document.titleSearch} ${document.stems.join(' ')}`).toContain('kommunen');
  });

  it('a goal has its set as a filter and its indicator as text', () => {
    const document = toSearchDocument('goal', goalEntry(), NOW);
    expect(document.goalSet).toBe('mål för service i Sverige');
    expect(document.text).toContain('Kommuner med utsedd servicesamordnare');
  });

  it('a project has its status, national importance, start year, organisations and county', () => {
    const document = toSearchDocument('project', projectEntry(), NOW);
    expect(document).toMatchObject({
      projectStatus: 'pågår',
      nationalImportance: true,
      year: 2024,
      municipalities: ['2326'],
      counties: ['23'],
      countyNames: ['Jämtlands län'],
    });
    expect(document.organisations).toEqual([
      'Länsavdelningen Jämtland',
      'Region Jämtland Härjedalen',
      'Tillväxtverket',
    ]);
  });

  it('a network has its kind and the counties it covers', () => {
    const document = toSearchDocument('network', networkEntry(), NOW);
    expect(document).toMatchObject({ networkKind: 'regionalt servicenätverk', counties: ['20'], projectStatus: null });
  });

  it('an advocacy action has its kind, addressee and year, and what was asked for as text', () => {
    const document = toSearchDocument('advocacy-action', advocacyActionEntry(), NOW);
    expect(document).toMatchObject({ advocacyKind: 'uppvaktning', addressee: 'Finansdepartementet', year: 2025 });
    expect(document.text).toContain('Att kontanthanteringen tryggas i glesbygd.');
    expect(document.text).toContain('Nytt möte i vår.');
  });

  it('a nätverksträff is found by its minutes and decisions, never by its guests', () => {
    const meeting = {
      ...eventEntry(),
      minutes: '## Protokoll\n\nVi gick igenom **målbilderna**.',
      decisions: [{ id: 1, decision: 'Nätverket skriver till Finansdepartementet.' }],
      externalGuests: [{ id: 1, organisation: 'Tillväxtverket', role: 'handläggare för kommersiell service' }],
      followUps: [
        {
          id: 1,
          goal: { documentId: 'goal1', title: 'Varje kommun', slug: 'varje-kommun', locale: 'sv' },
          goalStatus: 'på väg',
          comment: null,
          measuredValue: 41,
        },
      ],
    };
    const document = toSearchDocument('event', meeting, NOW);
    expect(document.text).toContain('Vi gick igenom målbilderna.');
    expect(document.text).toContain('Nätverket skriver till Finansdepartementet.');
    expect(document.text).not.toContain('handläggare för kommersiell service');
  });
});
