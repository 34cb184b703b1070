import type { APIContext } from 'astro';
import { scopedFeed, scopedFeedStaticPaths } from '../../data/scoped-feeds.ts';

export const getStaticPaths = () => scopedFeedStaticPaths('sv', 'county');
export const GET = (context: APIContext) => scopedFeed('sv', context);
