import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::order-milestone.order-milestone');
