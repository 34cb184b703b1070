import { describe, expect, it } from 'vitest';
import { advocacyAction, event, goal, network, project } from '../src/registry.ts';
import { entryInputIssues } from '../src/validation.ts';

const common = { summary: 'Kort.', body: 'Text.' };
const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field);

const meeting = {
  ...common,
  title: 'Nätverksträff mars 2026',
  slug: 'natverkstraff-mars-2026',
  kind: 'nätverksträff',
  startsAt: '2026-03-12T08:00:00.000Z',
  endsAt: '2026-03-12T14:00:00.000Z',
  onlineUrl: 'https://exempel.se/mote',
  minutes: '## Protokoll',
  decisions: [{ decision: 'Nätverket skriver till departementet.' }],
  externalGuests: [{ organisation: 'Tillväxtverket', role: 'handläggare' }],
};

const goalInput = {
  ...common,
  title: 'Varje kommun har en servicesamordnare',
  slug: 'varje-kommun',
  goalSet: 'mål för service i Sverige',
  position: 2,
  indicator: { measure: 'Kommuner med servicesamordnare', unit: 'kommuner', targetValue: 290 },
};

const projectInput = {
  ...common,
  title: 'Service i samverkan',
  slug: 'service-i-samverkan',
  startDate: '2024-01-01',
  endDate: '2025-12-31',
  projectStatus: 'avslutat',
  municipalities: ['2039'],
  counties: ['20'],
};

describe('the network’s own types at the door', () => {
  it('accepts a nätverksträff with follow-ups whose goal is a relation for Strapi to check', () => {
    const followUps = [
      { goal: { connect: [{ documentId: 'abc' }] }, goalStatus: 'på väg', comment: 'Bra fart.', measuredValue: 41 },
      { goal: 12, goalStatus: 'står still' },
    ];
    expect(entryInputIssues(event, { ...meeting, followUps })).toEqual([]);
  });

  it('names a follow-up with an unknown status, and one on an event that is not a nätverksträff', () => {
    expect(fields(entryInputIssues(event, { ...meeting, followUps: [{ goalStatus: 'klar' }] }))).toEqual([
      'followUps[0].goalStatus',
    ]);
    const issues = entryInputIssues(event, { ...meeting, kind: 'konferens', followUps: [{ goalStatus: 'på väg' }] });
    expect(issues).toEqual([
      { field: 'kind', message: 'Uppföljning av mål, protokoll och beslut hör bara till en nätverksträff' },
    ]);
  });

  it('refuses an external guest without organisation or role', () => {
    expect(
      fields(entryInputIssues(event, { ...meeting, externalGuests: [{ organisation: 'Region', role: '' }] })),
    ).toEqual(['externalGuests[0].role']);
  });

  it('checks a goal’s set and indicator', () => {
    expect(entryInputIssues(goal, goalInput)).toEqual([]);
    expect(fields(entryInputIssues(goal, { ...goalInput, goalSet: 'övrigt', indicator: { measure: 'x' } }))).toEqual([
      'goalSet',
      'indicator.unit',
      'indicator.targetValue',
    ]);
  });

  it('checks a project’s dates, status and places', () => {
    expect(entryInputIssues(project, projectInput)).toEqual([]);
    // Strapi stores an empty JSON list as null.
    expect(entryInputIssues(project, { ...projectInput, counties: null })).toEqual([]);
    expect(entryInputIssues(project, { ...projectInput, endDate: null })).toEqual([
      { field: 'endDate', message: 'Ett avslutat projekt behöver ett slutdatum' },
    ]);
    expect(fields(entryInputIssues(project, { ...projectInput, endDate: '2023-12-31' }))).toEqual(['endDate']);
    expect(fields(entryInputIssues(project, { ...projectInput, municipalities: ['9999'] }))).toEqual([
      'municipalities[0]',
    ]);
  });

  it('takes an organisation’s address as a network’s contact, never a person’s', () => {
    const base = { ...common, title: 'Servicenätverket i Dalarna', slug: 'dalarna', kind: 'regionalt servicenätverk' };
    expect(entryInputIssues(network, { ...base, contactEmail: 'service@exempel.se' })).toEqual([]);
    expect(entryInputIssues(network, { ...base, contactEmail: 'anna.svensson@exempel.se' })).toEqual([
      { field: 'contactEmail', message: 'Ange en funktionsadress (till exempel info@…), inte en persons adress' },
    ]);
  });

  it('checks an advocacy action’s kind, date and addressee', () => {
    const base = {
      ...common,
      title: 'Möte med landsbygdsministern',
      slug: 'mote',
      kind: 'möte med beslutsfattare',
      date: '2026-02-03',
      addressee: 'Landsbygds- och infrastrukturdepartementet',
      ask: 'Att staten tar ansvar för grundläggande service.',
    };
    expect(entryInputIssues(advocacyAction, base)).toEqual([]);
    expect(fields(entryInputIssues(advocacyAction, { ...base, kind: 'lobbying', addressee: ' ' }))).toEqual([
      'kind',
      'addressee',
    ]);
  });
});
