export { dayOf, num, schemaOf, type Schema } from '../../../../../db/schema';
