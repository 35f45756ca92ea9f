import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::production-line.production-line');
