import type { APIContext } from 'astro';
import { rssResponse } from '../../data/feeds.ts';
import { sectionFeedStaticPaths } from '../../data/paths.ts';

export const getStaticPaths = () => sectionFeedStaticPaths('sv');
export const GET = ({ props }: APIContext) => rssResponse('sv', props.type);
