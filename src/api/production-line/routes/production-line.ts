import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::production-line.production-line');
