import { DERIVED_FIELDS, derivedFieldChanged, type TypeWithDerivedFields } from '../domain/derived-fields';
import type { Violation } from '../domain/violation';
import { rejectIf, type Guard, type GuardContext } from './guard';
import { trimStrings } from './unique';

export type Row = { id: number; documentId: string } & Record<string, unknown>;

export type CheckOutcome = Violation[] | { violations: Violation[]; derived?: Record<string, unknown> };

export interface AfterWriteSpec {
  uid: string;
  /** String fields users type, trimmed before the write. */
  trimmed?: readonly string[];
  /** What the checks read of the stored record. */
  populate?: Record<string, unknown>;
  /** Before the write: refuse what may not be sent at all (derived fields changed by hand …). */
  before?: (context: GuardContext) => Promise<void>;
  /** After the write, on the stored record: broken rules, and fields derived from it. */
  check?: (record: Row, context: GuardContext) => Promise<CheckOutcome>;
  /** After every write, delete included, with the record as it is now (or was, for a delete). */
  after?: (record: Row, context: GuardContext) => Promise<void>;
}

const findRecord = (context: GuardContext, uid: string, documentId: string, populate?: Record<string, unknown>) =>
  context.strapi.db.query(uid as never).findOne({ where: { documentId }, populate }) as Promise<Row | null>;

/**
 * The common shape of a guard: let Strapi write (its own validation runs),
 * reload the record in the same transaction, check it, write the derived
 * fields — or throw, which rolls the whole write back.
 */
export const afterWrite =
  (spec: AfterWriteSpec): Guard =>
  async (context) => {
    const { call, next } = context;
    if (call.action === 'delete') {
      const before = call.params.documentId
        ? await findRecord(context, spec.uid, call.params.documentId, spec.populate)
        : null;
      const result = await next();
      if (before && spec.after) await spec.after(before, context);
      return result;
    }
    if (spec.trimmed) trimStrings(call.params.data, spec.trimmed);
    if (spec.before) await spec.before(context);
    const result = (await next()) as Row | null;
    if (!result) return result;
    let record = await findRecord(context, spec.uid, result.documentId, spec.populate);
    if (!record) return result;
    if (spec.check) {
      const outcome = await spec.check(record, context);
      const { violations, derived } = Array.isArray(outcome) ? { violations: outcome, derived: undefined } : outcome;
      rejectIf(violations);
      const changed = Object.entries(derived ?? {}).filter(
        ([field, value]) => JSON.stringify(record![field]) !== JSON.stringify(value)
      );
      if (changed.length > 0) {
        const data = Object.fromEntries(changed);
        await context.strapi.db.query(spec.uid as never).update({ where: { id: record.id }, data });
        Object.assign(result, data);
        record = { ...record, ...data };
      }
    }
    if (spec.after) await spec.after(record, context);
    return result;
  };

/**
 * A field the guard derives may be sent back unchanged or with its default —
 * the admin form sends every field, a new record's derived numbers as `0` —
 * but not changed by hand: that is a 400 naming the field. What is sent is
 * dropped either way; the guard writes the derived value itself.
 */
/** Fields Strapi keeps itself; a form may send them back and Strapi ignores or manages them. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

export async function refuseChangedDerived(
  context: GuardContext,
  uid: string,
  derivedFields: readonly string[],
  [why, whyZh]: readonly [string, string],
  rule = 'derived-field'
) {
  const data = context.call.params.data;
  const fields = derivedFields.filter((field) => !SYSTEM_FIELDS.has(field));
  if (!data || !fields.some((field) => field in data)) return;
  const attributes = (
    context.strapi.getModel(uid as never) as unknown as {
      attributes: Record<string, { type: string; default?: unknown }>;
    }
  ).attributes;
  const stored = fields.filter(
    (field) => attributes[field] && !['relation', 'component', 'dynamiczone', 'media'].includes(attributes[field].type)
  );
  const current =
    context.call.action === 'update' && context.call.params.documentId
      ? ((await context.strapi.db.query(uid as never).findOne({
          where: { documentId: context.call.params.documentId },
          select: stored,
        })) as Record<string, unknown> | null)
      : null;
  // Empty: '', [], {}, and a relation left alone by the form ({ connect: [], disconnect: [] }).
  const isEmpty = (value: unknown): boolean =>
    value === '' ||
    (!!value &&
      typeof value === 'object' &&
      (Object.keys(value).length === 0 ||
        (!Array.isArray(value) && Object.values(value).every((inner) => Array.isArray(inner) && inner.length === 0))));
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  // Numbers come back from the form as numbers or strings ("0", "950.00"): compare them as numbers.
  const equal = (sent: unknown, stored: unknown) =>
    same(sent, stored) ||
    (sent !== null && stored !== null && sent !== '' && !Number.isNaN(Number(sent)) && Number(sent) === Number(stored));
  const changed = fields.filter(
    (field) =>
      field in data &&
      data[field] !== undefined &&
      !equal(data[field], current?.[field]) &&
      !equal(data[field], attributes[field]?.default) &&
      // An empty value stands for "nothing" only where nothing is stored (a new record, an empty field).
      !(
        isEmpty(data[field]) &&
        (current?.[field] === null || current?.[field] === undefined || isEmpty(current?.[field]))
      )
  );
  for (const field of fields) delete data[field];
  rejectIf(changed.map((field) => derivedFieldChanged(field, why, whyZh, rule)));
}

/** Refuses a write that changes a field Gendan derives for the type (the one list in `DERIVED_FIELDS`). */
export const refuseDerivedOf = (context: GuardContext, type: TypeWithDerivedFields) =>
  refuseChangedDerived(context, `api::${type}.${type}`, DERIVED_FIELDS[type].fields, [
    DERIVED_FIELDS[type].why,
    DERIVED_FIELDS[type].whyZh,
  ]);
