import { factories } from '@strapi/strapi';

/** Append-only: readable, written only through the services that change an order. */
export default factories.createCoreRouter('api::order-revision.order-revision', { only: ['find', 'findOne'] });
