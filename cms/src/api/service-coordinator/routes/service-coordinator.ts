import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::service-coordinator.service-coordinator',
  publicReadRoutes('api::service-coordinator.service-coordinator'),
);
