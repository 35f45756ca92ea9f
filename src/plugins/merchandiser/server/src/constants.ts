export { ACTIONS, PLUGIN_ID } from '../../shared/constants';
