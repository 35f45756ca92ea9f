import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::size-scale.size-scale');
