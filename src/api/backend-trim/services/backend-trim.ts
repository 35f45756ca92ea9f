import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::backend-trim.backend-trim');
