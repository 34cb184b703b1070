// The fixtures must be what the CMS could serve, or the tests that use them prove nothing.
import { PUBLIC_TYPES } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import {
  caseStudy,
  consultationResponse,
  event,
  fundingCall,
  method,
  serviceCoordinator,
  servicePlan,
  trendNote,
} from './fixtures.ts';
import { advocacyAction, goal, network, project } from './network-fixtures.ts';

const builders = {
  method,
  'case-study': caseStudy,
  'funding-call': fundingCall,
  'consultation-response': consultationResponse,
  'trend-note': trendNote,
  event,
  'service-plan': servicePlan,
  'service-coordinator': serviceCoordinator,
  goal,
  project,
  network,
  'advocacy-action': advocacyAction,
} as const;

describe('test fixtures', () => {
  it.each(PUBLIC_TYPES.map((type) => [type.name, type] as const))(
    'a %s fixture satisfies its entry schema',
    (name, type) => {
      const result = type.entry.safeParse(builders[name]());
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );
});
