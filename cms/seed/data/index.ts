import type {
  SeedCaseStudy,
  SeedConsultationResponse,
  SeedEvent,
  SeedFundingCall,
  SeedMethod,
  SeedOrganisation,
  SeedQuestion,
  SeedTrendNote,
} from '../types.ts';
import { caseStudies } from './case-studies.ts';
import { consultationResponses } from './consultation-responses.ts';
import { events } from './events.ts';
import { fundingCalls } from './funding-calls.ts';
import { methods } from './methods.ts';
import { organisations } from './organisations.ts';
import { moreOrganisations } from './organisations-more.ts';
import { questions } from './questions.ts';
import { trendNotes } from './trend-notes.ts';

export interface DemoContent {
  organisations: readonly SeedOrganisation[];
  methods: readonly SeedMethod[];
  caseStudies: readonly SeedCaseStudy[];
  fundingCalls: readonly SeedFundingCall[];
  consultationResponses: readonly SeedConsultationResponse[];
  trendNotes: readonly SeedTrendNote[];
  events: readonly SeedEvent[];
  questions: readonly SeedQuestion[];
}

export const DEMO_CONTENT: DemoContent = {
  organisations: [...organisations, ...moreOrganisations],
  methods,
  caseStudies,
  fundingCalls,
  consultationResponses,
  trendNotes,
  events,
  questions,
};
