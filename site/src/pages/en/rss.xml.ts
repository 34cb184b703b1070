import { rssResponse } from '../../data/feeds.ts';

export const GET = () => rssResponse('en');
