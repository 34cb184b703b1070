import type { APIContext } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { sectionFeedStaticPaths } from '../../../data/paths.ts';

export const getStaticPaths = () => sectionFeedStaticPaths('en');
export const GET = ({ props }: APIContext) => rssResponse('en', props.type);
