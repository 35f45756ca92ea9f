import { factories } from '@strapi/strapi';

/** Append-only audit: readable, never written through the API (Gendan writes it beside the change it records). */
export default factories.createCoreRouter('api::audit-entry.audit-entry', { only: ['find', 'findOne'] });
