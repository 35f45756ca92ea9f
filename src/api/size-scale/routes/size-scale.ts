import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::size-scale.size-scale');
