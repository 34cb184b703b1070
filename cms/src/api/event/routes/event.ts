import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::event.event', publicReadRoutes('api::event.event'));
