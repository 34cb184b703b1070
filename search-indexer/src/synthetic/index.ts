export { type RestEntry, type SyntheticEntry, syntheticCorpus } from './corpus.ts';
export { type FakeCms, startFakeCms } from './fake-cms.ts';
export { seededRandom } from './text.ts';
