import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::bom-line.bom-line');
