// The demo content of the network's own work is a realistic picture of it: its four goals and seven
// goals for service in Sweden, the last four quarterly meetings following up every goal with changes
// between them and one to come, projects, networks and advocacy across the country and two years.
import { advocacyAction, countyOfMunicipality, event, goal, network, project } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { entriesOf, loadDemoContent } from './content.ts';
import { entryData } from './entry-data.ts';

const now = new Date();
const content = loadDemoContent({ now });
const published = <T extends { seed: { draft?: boolean } }>(entries: T[]) =>
  entries.filter((entry) => !entry.seed.draft);
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
const DAY = 86_400_000;

describe('demo content of the network’s own work', () => {
  const goals = published(entriesOf(content, goal));
  const meetings = entriesOf(content, event).filter((entry) => entry.fields.kind === 'nätverksträff');
  const followedUp = meetings
    .filter((entry) => list(entry.fields.followUps).length > 0)
    .map((entry) => ({ entry, startsAt: Date.parse(String(entryData(entry, now).sv.startsAt)) }))
    .sort((a, b) => a.startsAt - b.startsAt);

  it('has the network’s four goals and its seven goals for service in Sweden, numbered', () => {
    const bySet = (set: string) =>
      goals
        .filter((entry) => entry.fields.goalSet === set)
        .map((entry) => Number(entry.fields.position))
        .sort((a, b) => a - b);
    expect(bySet('nätverkets mål')).toEqual([1, 2, 3, 4]);
    expect(bySet('mål för service i Sverige')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(goals.filter((entry) => entry.fields.indicator).length).toBeGreaterThanOrEqual(5);
  });

  it('has the last four quarterly meetings, each following up every goal, with changes between them, and one to come', () => {
    expect(followedUp.length).toBe(4);
    for (const { entry, startsAt } of followedUp) {
      expect(startsAt).toBeLessThan(now.getTime());
      const followed = list(entry.fields.followUps).map((item) => (item as unknown as { goal: string }).goal);
      expect(new Set(followed)).toEqual(new Set(goals.map((item) => item.key)));
      expect(list(entry.fields.decisions).length).toBeGreaterThan(0);
      expect(String(entry.fields.minutes)).toContain('##');
    }
    const statusOf = (meeting: (typeof followedUp)[number], key: string) =>
      (list(meeting.entry.fields.followUps) as unknown as { goal: string; goalStatus: string }[]).find(
        (item) => item.goal === key,
      )?.goalStatus;
    const changed = goals.filter((item) => new Set(followedUp.map((meeting) => statusOf(meeting, item.key))).size > 1);
    expect(changed.length).toBeGreaterThanOrEqual(6);
    const spacing = followedUp.slice(1).map((meeting, i) => (meeting.startsAt - (followedUp[i]?.startsAt ?? 0)) / DAY);
    for (const days of spacing) expect(days).toBeGreaterThanOrEqual(60);
    expect(meetings.some((entry) => Date.parse(String(entryData(entry, now).sv.startsAt)) > now.getTime())).toBe(true);
  });

  it('names external guests by organisation and role only', () => {
    for (const { entry } of followedUp) {
      for (const guest of list(entry.fields.externalGuests) as unknown as Record<string, string>[]) {
        expect(Object.keys(guest).sort()).toEqual(['organisation', 'role']);
        expect(JSON.stringify(guest)).not.toMatch(/@|\d{3}/);
      }
    }
  });

  it('has at least 12 projects, some of national importance, some finished with results linked', () => {
    const projects = published(entriesOf(content, project));
    expect(projects.length).toBeGreaterThanOrEqual(12);
    expect(projects.filter((entry) => entry.fields.nationalImportance === true).length).toBeGreaterThanOrEqual(3);
    expect(projects.filter((entry) => entry.fields.runByNetwork === true).length).toBeGreaterThanOrEqual(2);
    const finished = projects.filter((entry) => entry.fields.projectStatus === 'avslutat');
    expect(
      finished.filter((entry) => list(entry.fields.methods).length + list(entry.fields.caseStudies).length > 0).length,
    ).toBeGreaterThanOrEqual(3);
    expect(new Set(projects.map((entry) => entry.fields.projectStatus))).toEqual(
      new Set(['planerat', 'pågår', 'avslutat']),
    );
  });

  it('has at least 8 networks across the country, of several kinds, with organisations’ addresses', () => {
    const networks = published(entriesOf(content, network));
    expect(networks.length).toBeGreaterThanOrEqual(8);
    expect(new Set(networks.map((entry) => entry.fields.kind)).size).toBeGreaterThanOrEqual(4);
    const counties = new Set(
      networks.flatMap((entry) => [
        ...list(entry.fields.counties),
        ...list(entry.fields.municipalities).map((code) => countyOfMunicipality(code).code),
      ]),
    );
    expect(counties.size).toBeGreaterThanOrEqual(6);
    for (const entry of networks)
      expect(String(entry.fields.contactEmail)).toMatch(
        /^(info|kansli|service|landsbygd|forskning|kommersiellservice)@/,
      );
  });

  it('has at least 10 advocacy actions over the last two years, of every kind, some building on remissvar', () => {
    const actions = published(entriesOf(content, advocacyAction));
    expect(actions.length).toBeGreaterThanOrEqual(10);
    for (const entry of actions) {
      const date = Date.parse(String(entryData(entry, now).sv.date));
      expect(date).toBeLessThanOrEqual(now.getTime());
      expect(date).toBeGreaterThan(now.getTime() - 731 * DAY);
    }
    expect(new Set(actions.map((entry) => entry.fields.kind)).size).toBe(6);
    expect(
      actions.filter((entry) => list(entry.fields.consultationResponses).length > 0).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('keeps a draft of each new type to prove drafts stay unpublished', () => {
    for (const type of [project, network, advocacyAction])
      expect(entriesOf(content, type).some((entry) => entry.seed.draft)).toBe(true);
  });
});
