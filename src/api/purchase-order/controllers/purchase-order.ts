import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::purchase-order.purchase-order');
