import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::network.network', publicReadRoutes('api::network.network'));
