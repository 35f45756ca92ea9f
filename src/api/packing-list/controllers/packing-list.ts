import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::packing-list.packing-list');
