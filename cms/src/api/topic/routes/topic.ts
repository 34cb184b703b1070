import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::topic.topic', publicReadRoutes('api::topic.topic'));
