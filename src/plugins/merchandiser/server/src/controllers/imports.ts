import { importHandlers } from '../../../../../modules/imports/http';

/** The import wizard's routes: the content API's own handlers, behind the plugin's `imports.run` action. */
export default () => importHandlers;
