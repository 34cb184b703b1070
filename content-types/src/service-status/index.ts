export * from './contact.ts';
export * from './indicator.ts';
export * from './municipality-status.ts';
export * from './plan-status.ts';
export * from './snapshot.ts';
