import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::packing-list.packing-list');
