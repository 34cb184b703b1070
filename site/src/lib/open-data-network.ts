// The open-data fields of the network's own work: goals, a nätverksträff's follow-up, projects,
// networks and advocacy actions. Spread into `OPEN_DATA_FIELDS` before the body.
import type { AdvocacyAction, Event, Goal, Network, Project } from '@skb/content-types';
import type { BankEntry } from './bank.ts';

export const NETWORK_OPEN_DATA_FIELDS = [
  'goalSet',
  'goalPosition',
  'indicatorMeasure',
  'indicatorUnit',
  'indicatorTargetValue',
  'indicatorTargetDate',
  'indicatorMeasuredFrom',
  'goalFollowUps',
  'decisions',
  'externalGuests',
  'owner',
  'partners',
  'funders',
  'fundingAmount',
  'startDate',
  'endDate',
  'nationalImportance',
  'runByNetwork',
  'networkKind',
  'members',
  'contactOrganisation',
  'contactEmail',
  'advocacyKind',
  'date',
  'addressee',
  'ask',
  'outcome',
  'followUp',
  'relatedEntries',
] as const;

export type NetworkOpenDataField = (typeof NETWORK_OPEN_DATA_FIELDS)[number];

const names = (items: readonly { name: string }[] | undefined) => (items ?? []).map((item) => item.name);

/** The network fields of one record; null or empty for the other types. */
export function networkOpenData(
  entry: BankEntry,
): Record<NetworkOpenDataField, string | number | boolean | null | readonly string[]> {
  const goal = entry.type === 'goal' ? (entry.data as Goal) : undefined;
  const meeting = entry.type === 'event' ? (entry.data as Event) : undefined;
  const project = entry.type === 'project' ? (entry.data as Project) : undefined;
  const network = entry.type === 'network' ? (entry.data as Network) : undefined;
  const action = entry.type === 'advocacy-action' ? (entry.data as AdvocacyAction) : undefined;
  const refs = [
    ...(project?.methods ?? []),
    ...(project?.caseStudies ?? []),
    ...(action?.consultationResponses ?? []),
    ...(action?.methods ?? []),
    ...(action?.caseStudies ?? []),
  ];
  return {
    goalSet: goal?.goalSet ?? null,
    goalPosition: goal?.position ?? null,
    indicatorMeasure: goal?.indicator?.measure ?? null,
    indicatorUnit: goal?.indicator?.unit ?? null,
    indicatorTargetValue: goal?.indicator?.targetValue ?? null,
    indicatorTargetDate: goal?.indicator?.targetDate ?? null,
    // The service-status share that measures the goal (its value is in the municipality data files).
    indicatorMeasuredFrom: goal?.indicator?.measuredFrom ?? null,
    // `goal-slug=status=measured value`, one per goal followed up.
    goalFollowUps: (meeting?.followUps ?? []).map((item) =>
      [item.goal?.slug ?? '', item.goalStatus, item.measuredValue ?? ''].join('='),
    ),
    decisions: (meeting?.decisions ?? []).map((item) => item.decision),
    externalGuests: (meeting?.externalGuests ?? []).map((guest) => `${guest.organisation} (${guest.role})`),
    owner: project?.owner?.name ?? null,
    partners: names(project?.partners),
    funders: names(project?.funders),
    fundingAmount: project?.fundingAmount ?? null,
    startDate: project?.startDate ?? null,
    endDate: project?.endDate ?? null,
    nationalImportance: project ? project.nationalImportance : null,
    runByNetwork: project ? project.runByNetwork : null,
    networkKind: network?.kind ?? null,
    members: names(network?.members),
    contactOrganisation: network?.contactOrganisation?.name ?? null,
    contactEmail: network?.contactEmail ?? null,
    advocacyKind: action?.kind ?? null,
    date: action?.date ?? null,
    addressee: action?.addressee ?? null,
    ask: action?.ask ?? null,
    outcome: action?.outcome ?? null,
    followUp: action?.followUp ?? null,
    relatedEntries: refs.map((ref) => ref.slug),
  };
}
