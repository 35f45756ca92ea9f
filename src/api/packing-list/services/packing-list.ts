import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::packing-list.packing-list');
