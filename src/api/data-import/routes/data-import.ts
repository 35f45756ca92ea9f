/**
 * Imports (导入): upload a sheet for a dry run, read it back, commit it. Each
 * route is its own permission action (`api::data-import.data-import.check`,
 * `.template`, `.find`, `.findOne`, `.recheck`, `.sheets`, `.commit`), closed until a role or token grants it.
 */
export default {
  routes: [
    // Before /imports/:documentId, which would take "template.xlsx" for an id.
    { method: 'GET', path: '/imports/template.xlsx', handler: 'data-import.template' },
    { method: 'POST', path: '/imports', handler: 'data-import.check' },
    { method: 'GET', path: '/imports', handler: 'data-import.find' },
    { method: 'GET', path: '/imports/:documentId', handler: 'data-import.findOne' },
    { method: 'POST', path: '/imports/:documentId/check', handler: 'data-import.recheck' },
    { method: 'GET', path: '/imports/:documentId/sheets', handler: 'data-import.sheets' },
    { method: 'POST', path: '/imports/:documentId/commit', handler: 'data-import.commit' },
  ],
};
