import type { Core } from '@strapi/strapi';
import {
  ACCOUNT_TERMS,
  describeField,
  labelOfField,
  TRADE_TERMS,
  type TradeTermsByField,
} from '../modules/reference/domain/trade-terms';
import { DERIVED_FIELDS, type TypeWithDerivedFields } from './domain/derived-fields';

interface FieldMetadata {
  edit?: { label?: string; description?: string; editable?: boolean; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}

interface ContentManagerConfiguration {
  settings: { mainField?: string; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
  layouts: unknown;
}

interface ConfigurationService {
  findConfiguration(contentType: unknown): Promise<ContentManagerConfiguration>;
  updateConfiguration(contentType: unknown, configuration: ContentManagerConfiguration): Promise<unknown>;
}

/** What a relation to these records shows in the admin (a customer's name, an order's PO number…). */
const MAIN_FIELDS: Record<string, string> = {
  customer: 'name',
  supplier: 'name',
  'size-scale': 'name',
  style: 'styleNo',
  order: 'poNumber',
  'order-line': 'colour',
  department: 'name',
  'workflow-stage': 'name',
  'order-history': 'kind',
  signoff: 'stage',
  'rule-waiver': 'rule',
  material: 'code',
  'purchase-order': 'poNumber',
  'purchase-order-line': 'dueDate',
  'material-receipt': 'receivedAt',
  'material-issue': 'issuedAt',
  'supplement-request': 'reason',
  'production-line': 'name',
  'production-report': 'date',
  'production-exception': 'cause',
  'subcontract-job': 'process',
  'order-revision': 'number',
  'tolerance-rule': 'name',
  'packing-list': 'kind',
  'backend-trim': 'item',
  booking: 'bookedAt',
  'final-inspection': 'inspectedAt',
  'completion-report': 'shippedAt',
  sample: 'itemNo',
  'order-document': 'kind',
  complaint: 'category',
  'audit-entry': 'subjectLabel',
};

/** The labels Gendan last wrote, per `uid.field`: a label still equal to it is Gendan's to update. */
const WRITTEN_LABELS = { type: 'core', name: 'gendan', key: 'admin-field-labels' } as const;

/**
 * Whether a Content Manager label may take Gendan's wording: it is Strapi's
 * default (the attribute name) or the label Gendan wrote last time. A label an
 * administrator typed is theirs and stays.
 */
const isOurs = (label: string | undefined, field: string, written: string | undefined) =>
  !label || label === field || label === written;

/**
 * Labels every field in the Content Manager "中文 · English" (客户订单号 ·
 * Customer's PO number) in the edit view and the list's column, puts the full
 * trade term in its description, and sets sensible main fields. Merges, never
 * overwrites: an administrator's own label or description survives restarts,
 * and fields added in the Content-Type Builder keep theirs.
 */
export async function applyAdminFieldTerms(strapi: Core.Strapi): Promise<void> {
  const configurations = strapi.plugin('content-manager').service('content-types') as ConfigurationService;

  const types: Array<[string, string, TradeTermsByField]> = [
    ...Object.entries(TRADE_TERMS).map(([type, terms]): [string, string, TradeTermsByField] => [
      `api::${type}.${type}`,
      type,
      terms,
    ]),
    ['plugin::users-permissions.user', 'user', ACCOUNT_TERMS],
  ];
  const written = ((await strapi.store.get(WRITTEN_LABELS)) ?? {}) as Record<string, string>;
  const nowWritten: Record<string, string> = {};
  for (const [uid, type, terms] of types) {
    const contentType = strapi.contentType(uid as never);
    if (!contentType) continue;
    const configuration = await configurations.findConfiguration(contentType);
    let changed = false;

    for (const [field, term] of Object.entries(terms)) {
      const metadata = configuration.metadatas[field];
      if (!metadata) continue;
      const label = labelOfField(term);
      const before = written[`${uid}.${field}`];
      nowWritten[`${uid}.${field}`] = label;
      for (const view of [metadata.edit, metadata.list]) {
        if (view && view.label !== label && isOurs(view.label, field, before)) {
          view.label = label;
          changed = true;
        }
      }
      // The full term under the field where it says more than the label; Gendan's own copy of the label goes.
      const description = describeField(term) === label ? '' : describeField(term);
      if (metadata.edit && (!metadata.edit.description || metadata.edit.description === describeField(term))) {
        if (metadata.edit.description !== description) {
          metadata.edit.description = description;
          changed = true;
        }
      }
    }
    // Shown, never typed into: the fields the write guard derives.
    for (const field of type in DERIVED_FIELDS ? DERIVED_FIELDS[type as TypeWithDerivedFields].fields : []) {
      const edit = configuration.metadatas[field]?.edit;
      if (edit && edit.editable !== false) {
        edit.editable = false;
        changed = true;
      }
    }
    const mainField = MAIN_FIELDS[type];
    if (mainField && (!configuration.settings.mainField || configuration.settings.mainField === 'id')) {
      configuration.settings.mainField = mainField;
      changed = true;
    }
    if (changed) await configurations.updateConfiguration(contentType, configuration);
  }
  await strapi.store.set({ ...WRITTEN_LABELS, value: nowWritten });
}
