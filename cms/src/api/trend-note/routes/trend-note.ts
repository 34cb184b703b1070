import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::trend-note.trend-note', publicReadRoutes('api::trend-note.trend-note'));
