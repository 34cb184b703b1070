import { openDataJson } from '../../data/feeds.ts';

export const GET = () => openDataJson();
