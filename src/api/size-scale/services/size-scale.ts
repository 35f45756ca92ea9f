import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::size-scale.size-scale');
