import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::supplement-request.supplement-request');
