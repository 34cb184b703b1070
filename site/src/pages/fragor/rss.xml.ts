import { faqRssResponse } from '../../data/feeds.ts';

export const GET = () => faqRssResponse('sv');
