import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::final-inspection.final-inspection');
