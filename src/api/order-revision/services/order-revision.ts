import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::order-revision.order-revision');
