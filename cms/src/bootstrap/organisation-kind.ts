import type { ORGANISATION_KINDS } from '@skb/content-types';

export type OrganisationKind = (typeof ORGANISATION_KINDS.values)[number];
