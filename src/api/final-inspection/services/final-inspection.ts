import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::final-inspection.final-inspection');
