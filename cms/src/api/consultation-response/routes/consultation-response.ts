import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::consultation-response.consultation-response',
  publicReadRoutes('api::consultation-response.consultation-response'),
);
