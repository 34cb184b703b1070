import { z } from 'zod';
import { commonFields, oneOf, systemFields, termRef, webUrl } from '../fields.ts';
import { commonAttributes, relationTo, shared } from '../strapi/attributes.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';
import { countyList, municipalityList, placeAttributes } from './places.ts';
import { NETWORK_KINDS } from './vocab.ts';

/**
 * A function address (`info@`, `kansli@`), not a person's: the public contact of a network is an
 * organisation's. `förnamn.efternamn@` is the shape personal addresses take in Sweden.
 */
const functionEmail = z
  .email({ error: 'Ange en giltig e-postadress' })
  .refine((address) => !/^[a-zåäöé]+[._][a-zåäöé]+@/i.test(address), {
    error: 'Ange en funktionsadress (till exempel info@…), inte en persons adress',
  });

/** What an editor writes on a network (nätverk): a group that works on rural service. */
export const networkFields = z.object({
  ...commonFields,
  /** What kind of network: leadergrupp, regionalt servicenätverk, nationellt nätverk, … */
  kind: oneOf(NETWORK_KINDS.values),
  /** SCB codes of the municipalities it covers. */
  municipalities: municipalityList,
  /** SCB codes of the counties it covers; with no municipalities or counties it covers all of Sweden. */
  counties: countyList,
  /** Member organisations. */
  members: z.array(termRef).default([]),
  /** The organisation that answers for the network. */
  contactOrganisation: termRef.nullish(),
  /** The network's public e-mail address: an organisation's, never a person's. */
  contactEmail: functionEmail.nullish(),
  /** The network's website. */
  website: webUrl.nullish(),
});

/** A published network as the API serves it. */
export const networkEntry = z.object({ ...systemFields, ...networkFields.omit({ internalNote: true }).shape });
export type Network = z.infer<typeof networkEntry>;

export const networkStrapi = {
  kind: 'collectionType',
  collectionName: 'networks',
  info: {
    singularName: 'network',
    pluralName: 'networks',
    displayName: 'Nätverk',
    description: 'Nätverk som arbetar med service på landsbygden',
  },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    ...commonAttributes,
    kind: { type: 'enumeration', enum: NETWORK_KINDS.values, required: true, ...shared },
    ...placeAttributes,
    members: relationTo('api::organisation.organisation'),
    contactOrganisation: relationTo('api::organisation.organisation', 'manyToOne'),
    contactEmail: { type: 'email', ...shared },
    website: { type: 'string', ...shared },
  },
} satisfies StrapiContentTypeSchema;
