import { factories } from '@strapi/strapi';

/** Append-only audit: readable, never written through the API (the workflow service writes it). */
export default factories.createCoreRouter('api::signoff.signoff', { only: ['find', 'findOne'] });
