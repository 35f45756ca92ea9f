import { factories } from '@strapi/strapi';

/** Append-only: readable, never written through the CRUD API (POST /api/orders/:documentId/waivers records one). */
export default factories.createCoreRouter('api::rule-waiver.rule-waiver', { only: ['find', 'findOne'] });
