import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::bom-line.bom-line');
