import { municipalityDataJson } from '../../data/service-status-feeds.ts';

export const GET = () => municipalityDataJson();
