import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { isCountryCode } from '../domain/reference/codes';
import { violation, type Violation } from '../domain/violation';
import { rejectIf, type Guard } from './guard';
import { checkUnique, trimStrings } from './unique';

type Row = { id: number } & Record<string, unknown>;

const findWritten = (strapi: Core.Strapi, uid: string, documentId: string, populate?: Record<string, unknown>) =>
  strapi.db.query(uid as never).findOne({ where: { documentId }, populate }) as Promise<Row | null>;

const duplicatesIn = (values: string[]) => [
  ...new Set(
    values.filter((value, index) => values.findIndex((v) => v.toLowerCase() === value.toLowerCase()) !== index)
  ),
];

/** Wraps a post-write check: trims what users type, writes, then checks the stored record. */
const afterWrite =
  (
    uid: string,
    trimmed: readonly string[],
    check: (record: Row, context: Parameters<Guard>[0]) => Promise<Violation[]>,
    populate?: Record<string, unknown>
  ): Guard =>
  async (context) => {
    const { strapi, call, next } = context;
    if (call.action === 'delete') return next();
    trimStrings(call.params.data, trimmed);
    const result = (await next()) as { documentId: string } | null;
    if (!result) return result;
    const record = await findWritten(strapi, uid, result.documentId, populate);
    if (record) rejectIf(await check(record, context));
    return result;
  };

export const customerGuard: Guard = async (context) => {
  const data = context.call.params.data;
  if (data && typeof data.market === 'string') data.market = data.market.trim().toUpperCase();
  return afterWrite(UID.customer, ['code', 'name'], async (record, { strapi, trx }) => [
    ...(isCountryCode(record.market)
      ? []
      : [
          violation(
            ['market'],
            'market-iso-3166',
            `market "${String(record.market)}" is not an ISO 3166-1 alpha-2 country code`
          ),
        ]),
    ...(await checkUnique(strapi, trx, { uid: UID.customer, field: 'code', value: record.code, selfId: record.id })),
  ])(context);
};

export const supplierGuard: Guard = afterWrite(
  UID.supplier,
  ['code', 'name'],
  async (record, { strapi, trx }) => {
    const kinds = ((record.kinds as Array<{ kind: string }> | null) ?? []).map((k) => k.kind);
    const twice = duplicatesIn(kinds);
    return [
      ...(kinds.length === 0 ? [violation(['kinds'], 'kinds-required', 'a supplier needs at least one kind')] : []),
      ...(twice.length > 0
        ? [violation(['kinds'], 'kinds-unique', `supplier kinds are listed twice: ${twice.join(', ')}`)]
        : []),
      ...(await checkUnique(strapi, trx, { uid: UID.supplier, field: 'code', value: record.code, selfId: record.id })),
    ];
  },
  { kinds: true }
);

export const sizeScaleGuard: Guard = afterWrite(
  UID.sizeScale,
  ['name'],
  async (record, { strapi, trx }) => {
    const sizes = ((record.sizes as Array<{ code: string }> | null) ?? []).map((s) => s.code.trim());
    const twice = duplicatesIn(sizes);
    return [
      ...(sizes.length === 0 ? [violation(['sizes'], 'sizes-required', 'a size scale needs at least one size')] : []),
      ...(twice.length > 0
        ? [violation(['sizes'], 'sizes-unique', `sizes are listed twice: ${twice.join(', ')}`)]
        : []),
      ...(await checkUnique(strapi, trx, { uid: UID.sizeScale, field: 'name', value: record.name, selfId: record.id })),
    ];
  },
  { sizes: true }
);

export const styleGuard: Guard = afterWrite(
  UID.style,
  ['styleNo', 'category'],
  async (record, { strapi, trx }) => {
    const customer = record.customer as { id: number } | null;
    if (!customer) return [violation(['customer'], 'customer-required', 'customer is required')];
    return checkUnique(strapi, trx, {
      uid: UID.style,
      field: 'styleNo',
      value: record.styleNo,
      selfId: record.id,
      within: { relation: 'customer', id: customer.id, label: 'customer' },
    });
  },
  { customer: { select: ['id'] } }
);
