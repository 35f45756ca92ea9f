import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::final-inspection.final-inspection');
