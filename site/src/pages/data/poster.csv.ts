import { openDataCsv } from '../../data/feeds.ts';

export const GET = () => openDataCsv();
