import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::supplement-request.supplement-request');
