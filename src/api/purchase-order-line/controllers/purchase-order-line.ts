import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::purchase-order-line.purchase-order-line');
