import { importHandlers } from '../../../modules/imports/http';

/** `/api/imports`: the handlers the admin wizard uses too (modules/imports/http.ts). */
export default importHandlers;
