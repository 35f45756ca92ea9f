export { dayOf, num, schemaOf, type Schema } from '../../../../../platform/db/schema';
