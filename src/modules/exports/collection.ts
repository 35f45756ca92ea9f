import type { Core } from '@strapi/strapi';
import { TRADE_TERMS } from '../reference/domain/trade-terms';
import { schemaColumns, type SchemaAttribute } from './domain/columns';
import { inBatches, type ExportSheet } from './workbook';

/** The field a related record is known by in a list (its title, PO number, name …). */
const DISPLAY_FIELDS = ['title', 'poNumber', 'styleNo', 'name', 'code', 'key'];

type Row = Record<string, unknown> & { id: number };

/**
 * A collection type's records as a sheet, every field its schema has today
 * (fields added in the Content-Type Builder included), to-one relations by
 * the name of their record; filtered by `where`, read in batches.
 */
export function collectionSheet(
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown> = {}
): ExportSheet<Row> {
  const contentType = strapi.contentType(uid as never) as unknown as {
    info: { displayName: string; description?: string };
    attributes: Record<string, SchemaAttribute>;
  };
  const singular = uid.split('.').pop() ?? uid;
  const populate: Record<string, unknown> = {};
  const columns = schemaColumns(contentType.attributes, TRADE_TERMS[singular], (field, attribute) => {
    if (attribute.target === 'admin::user') {
      populate[field] = { select: ['firstname', 'lastname', 'email'] };
      return (user) => [user.firstname, user.lastname].filter(Boolean).join(' ') || String(user.email ?? '');
    }
    const target = attribute.target
      ? (strapi.contentType(attribute.target as never) as unknown as
          { attributes: Record<string, unknown> } | undefined)
      : undefined;
    const shown = target && DISPLAY_FIELDS.find((name) => name in target.attributes);
    if (!shown) return null;
    populate[field] = { select: [shown] };
    return (related) => (related[shown] === null || related[shown] === undefined ? '' : String(related[shown]));
  });
  const scalars = columns.filter((column) => !(column.field in populate)).map((column) => column.field);
  return {
    // "订单 · Orders": the content type's Chinese name is the first part of its description.
    name: {
      en: contentType.info.displayName,
      zh: /^[^·]*[\u4e00-\u9fff][^·]*·/.test(contentType.info.description ?? '')
        ? (contentType.info.description ?? '').split('·')[0].trim()
        : '',
    },
    columns: [{ header: { en: 'Document ID', zh: '' }, value: (row: Row) => String(row.documentId) }, ...columns],
    rows: inBatches<Row>(strapi, uid, { where, select: ['id', 'documentId', ...scalars], populate }),
  };
}
