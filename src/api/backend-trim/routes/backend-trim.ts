import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::backend-trim.backend-trim');
