import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::service-area.service-area',
  publicReadRoutes('api::service-area.service-area'),
);
