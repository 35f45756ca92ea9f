import { labelOfField, type TradeTermsByField } from '../../reference/domain/trade-terms';
import type { Bilingual } from '../../documents/domain/document-model';

/** A cell of an exported list: numbers stay numbers and dates dates, so the sheet sums and sorts in Excel. */
export type CellValue = string | number | boolean | Date | null;

export interface ExportColumn<Row> {
  header: Bilingual;
  value: (row: Row) => CellValue;
  /** Excel's number format for the column (`yyyy-mm-dd`, `#,##0.00`). */
  format?: string;
  width?: number;
}

/** An attribute as the schema gives it (`strapi.contentType(uid).attributes`). */
export interface SchemaAttribute {
  type: string;
  relation?: string;
  target?: string;
  private?: boolean;
}

const TEXT = new Set(['string', 'text', 'email', 'uid', 'enumeration', 'richtext']);
const NUMBER = new Set(['integer', 'biginteger', 'float', 'decimal']);
const SKIPPED = new Set(['password', 'component', 'dynamiczone', 'media', 'blocks', 'json']);

/** A stored date (`2026-11-30`) or timestamp as an Excel date; anything else stays as it was typed. */
export const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date =
    value instanceof Date
      ? value
      : new Date(typeof value === 'string' && value.length === 10 ? `${value}T00:00:00Z` : String(value));
  return Number.isNaN(date.getTime()) ? null : date;
};

const asNumber = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);

/** The field's header: the trade term in both languages where Gendan knows it, else the field's own name (a field an administrator added). */
export const headerOf = (field: string, terms: TradeTermsByField | undefined): Bilingual => {
  const term = terms?.[field];
  if (!term) return { en: field, zh: '' };
  const [zh, en] = labelOfField(term).split(' · ');
  return { en: en ?? field, zh: zh ?? '' };
};

/**
 * The columns of a content type's list, read from its schema — so a field an
 * administrator adds in the Content-Type Builder is exported without a code
 * change: scalars as they are, a to-one relation by the name `display` gives
 * its record. Private fields, components and JSON stay out.
 */
export function schemaColumns(
  attributes: Record<string, SchemaAttribute>,
  terms: TradeTermsByField | undefined,
  display: (field: string, attribute: SchemaAttribute) => ((related: Record<string, unknown>) => string) | null
): Array<ExportColumn<Record<string, unknown>> & { field: string }> {
  const columns: Array<ExportColumn<Record<string, unknown>> & { field: string }> = [];
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.private || SKIPPED.has(attribute.type)) continue;
    const header = headerOf(field, terms);
    if (attribute.type === 'relation') {
      if (!attribute.relation || !/^(manyToOne|oneToOne)$/.test(attribute.relation)) continue;
      const show = display(field, attribute);
      if (!show) continue;
      columns.push({
        field,
        header,
        value: (row) => (row[field] ? show(row[field] as Record<string, unknown>) : null),
      });
    } else if (TEXT.has(attribute.type)) {
      columns.push({
        field,
        header,
        value: (row) => (row[field] === null || row[field] === undefined ? null : String(row[field])),
      });
    } else if (NUMBER.has(attribute.type)) {
      columns.push({ field, header, value: (row) => asNumber(row[field]) });
    } else if (attribute.type === 'date') {
      columns.push({ field, header, value: (row) => asDate(row[field]), format: 'yyyy-mm-dd' });
    } else if (attribute.type === 'datetime' || attribute.type === 'timestamp') {
      columns.push({ field, header, value: (row) => asDate(row[field]), format: 'yyyy-mm-dd hh:mm' });
    } else if (attribute.type === 'boolean') {
      columns.push({
        field,
        header,
        value: (row) => (row[field] === null || row[field] === undefined ? null : Boolean(row[field])),
      });
    }
  }
  return columns;
}
