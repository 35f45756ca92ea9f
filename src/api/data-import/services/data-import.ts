import imports from '../../../modules/imports/imports';

/** Imports of buyers' sheets: check (dry run), read, list, commit — see modules/imports. */
export default imports;
