import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::production-exception.production-exception');
