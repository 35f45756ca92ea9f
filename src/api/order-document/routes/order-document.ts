import { factories } from '@strapi/strapi';

/** Written by the workflow (issue, supersede, recall) and the reissue endpoint; readable here. */
export default factories.createCoreRouter('api::order-document.order-document', { only: ['find', 'findOne'] });
