import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::case-study.case-study', publicReadRoutes('api::case-study.case-study'));
