/**
 * Route config for a read-only custom endpoint: it is authorised by the
 * resource's `find` permission, as reading the resource is what it does — so
 * a read-only API token (which Strapi allows only `find`/`findOne` scopes)
 * calls it as docs/portal-api.md promises, and a role or custom token that
 * may read the resource may read this view of it.
 */
export const readsAs = (uid: string) => ({ auth: { scope: [`${uid}.find`] } });
