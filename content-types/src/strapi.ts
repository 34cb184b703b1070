// What the CMS loads: the Strapi schema objects of every type and component.
export { STRAPI_COMPONENTS } from './components.ts';
export { advocacyActionStrapi } from './network/advocacy-action.ts';
export { goalStrapi } from './network/goal.ts';
export { networkStrapi } from './network/network.ts';
export { projectStrapi } from './network/project.ts';
export { serviceStatusSnapshotStrapi } from './service-status/snapshot.ts';
export type { StrapiAttribute, StrapiComponentSchema, StrapiContentTypeSchema } from './strapi/schema-types.ts';
export { caseStudyStrapi } from './types/case-study.ts';
export { consultationResponseStrapi } from './types/consultation-response.ts';
export { eventStrapi } from './types/event.ts';
export { fundingCallStrapi } from './types/funding-call.ts';
export { methodStrapi } from './types/method.ts';
export { questionStrapi } from './types/question.ts';
export { serviceCoordinatorStrapi } from './types/service-coordinator.ts';
export { servicePlanStrapi } from './types/service-plan.ts';
export { organisationStrapi, serviceAreaStrapi, topicStrapi } from './types/taxonomies.ts';
export { trendNoteStrapi } from './types/trend-note.ts';
