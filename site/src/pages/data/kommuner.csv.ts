import { municipalityDataCsv } from '../../data/service-status-feeds.ts';

export const GET = () => municipalityDataCsv();
