import type { Core } from '@strapi/strapi';
import {
  ACCOUNT_TERMS,
  describeField,
  TRADE_TERMS,
  type TradeTermsByField,
} from '../modules/reference/domain/trade-terms';
import { DERIVED_FIELDS, type TypeWithDerivedFields } from './domain/derived-fields';

interface FieldMetadata {
  edit?: { label?: string; description?: string; editable?: boolean; [key: string]: unknown };
  list?: Record<string, unknown>;
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

/**
 * Puts the Chinese trade term beside every field in the content manager
 * ("客户订单号 · Customer's PO number") and sets sensible main fields. Only
 * fills what is empty: an administrator's own wording survives restarts.
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
  for (const [uid, type, terms] of types) {
    const contentType = strapi.contentType(uid as never);
    if (!contentType) continue;
    const configuration = await configurations.findConfiguration(contentType);
    let changed = false;

    for (const [field, term] of Object.entries(terms)) {
      const edit = configuration.metadatas[field]?.edit;
      if (edit && !edit.description) {
        edit.description = describeField(term);
        changed = true;
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
}
