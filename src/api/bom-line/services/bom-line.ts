import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::bom-line.bom-line');
