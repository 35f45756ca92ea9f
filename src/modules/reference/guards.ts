import { UID } from '../../platform/constants';
import { checkOverridePair } from '../shipping/domain/tolerance';
import { checkCustomerMarket, checkSizeScale, checkStyle, checkSupplierKinds } from './domain/master-data';
import { afterWrite } from '../../platform/invariants/after-write';
import type { Guard, GuardMap } from '../../platform/invariants/guard';
import { checkUnique } from '../../platform/invariants/unique';

const customerChecks = afterWrite({
  uid: UID.customer,
  trimmed: ['code', 'name'],
  check: async (record, { strapi, trx }) => [
    ...checkCustomerMarket(record.market),
    ...checkOverridePair({ underPct: record.toleranceUnderPct, overPct: record.toleranceOverPct }),
    ...(await checkUnique(strapi, trx, { uid: UID.customer, field: 'code', value: record.code, selfId: record.id })),
  ],
});

export const customerGuard: Guard = async (context) => {
  const data = context.call.params.data;
  if (data && typeof data.market === 'string') data.market = data.market.trim().toUpperCase();
  return customerChecks(context);
};

export const supplierGuard: Guard = afterWrite({
  uid: UID.supplier,
  trimmed: ['code', 'name'],
  populate: { kinds: true },
  check: async (record, { strapi, trx }) => {
    const kinds = ((record.kinds as Array<{ kind: string | null }> | null) ?? []).map((k) => k.kind ?? '');
    return [
      ...checkSupplierKinds(kinds),
      ...(await checkUnique(strapi, trx, { uid: UID.supplier, field: 'code', value: record.code, selfId: record.id })),
    ];
  },
});

export const sizeScaleGuard: Guard = afterWrite({
  uid: UID.sizeScale,
  trimmed: ['name'],
  populate: { sizes: true },
  check: async (record, { strapi, trx }) => {
    const sizes = ((record.sizes as Array<{ code: string | null }> | null) ?? []).map((s) => (s.code ?? '').trim());
    return [
      ...checkSizeScale(sizes),
      ...(await checkUnique(strapi, trx, { uid: UID.sizeScale, field: 'name', value: record.name, selfId: record.id })),
    ];
  },
});

export const styleGuard: Guard = afterWrite({
  uid: UID.style,
  trimmed: ['styleNo', 'category'],
  populate: { customer: { select: ['id'] } },
  check: async (record, { strapi, trx }) => {
    const customer = record.customer as { id: number } | null;
    if (!customer) return checkStyle({ hasCustomer: false });
    return checkUnique(strapi, trx, {
      uid: UID.style,
      field: 'styleNo',
      value: record.styleNo,
      selfId: record.id,
      within: { relation: 'customer', id: customer.id, label: 'customer' },
    });
  },
});

/** Master data: customers, suppliers, size scales and styles. */
export const referenceGuards: GuardMap = {
  [UID.customer]: customerGuard,
  [UID.supplier]: supplierGuard,
  [UID.sizeScale]: sizeScaleGuard,
  [UID.style]: styleGuard,
};
