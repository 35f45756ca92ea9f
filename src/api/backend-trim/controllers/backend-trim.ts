import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::backend-trim.backend-trim');
