import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::organisation.organisation',
  publicReadRoutes('api::organisation.organisation'),
);
