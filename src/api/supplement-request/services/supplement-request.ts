import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::supplement-request.supplement-request');
