import type { Core } from '@strapi/strapi';
import {
  ACCOUNT_TERMS,
  COMPONENT_TERMS,
  describeField,
  labelOfField,
  TRADE_TERMS,
  type TradeTermsByField,
} from '../reference/domain/trade-terms';
import { DERIVED_FIELDS, type TypeWithDerivedFields } from '../../platform/domain/derived-fields';
import { isTitledType } from './domain/record-titles';
import { arrangeEditLayout, VIEW_LAYOUTS, type LayoutCell } from './domain/view-layouts';

interface FieldMetadata {
  edit?: { label?: string; description?: string; editable?: boolean; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}

interface ContentManagerConfiguration {
  settings: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: string; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: LayoutCell[][]; [key: string]: unknown };
}

interface ConfigurationService {
  findConfiguration(contentType: unknown): Promise<ContentManagerConfiguration>;
  updateConfiguration(contentType: unknown, configuration: ContentManagerConfiguration): Promise<unknown>;
}

/** What a relation to these records shows where the record has a name of its own (titled types show `title`). */
const NAMED_MAIN_FIELDS: Record<string, string> = {
  customer: 'name',
  supplier: 'name',
  'size-scale': 'name',
  style: 'styleNo',
  order: 'poNumber',
  department: 'name',
  'workflow-stage': 'name',
  material: 'code',
  'purchase-order': 'poNumber',
  'data-import': 'title',
  'import-mapping': 'title',
  'production-line': 'name',
  'tolerance-rule': 'name',
  sample: 'itemNo',
  'audit-entry': 'subjectLabel',
  notification: 'title',
};

/** Main fields earlier versions set before records had titles: still Gendan's to change. */
const EARLIER_MAIN_FIELDS: Record<string, string> = {
  'order-line': 'colour',
  'order-history': 'kind',
  signoff: 'stage',
  'rule-waiver': 'rule',
  'purchase-order-line': 'dueDate',
  'material-receipt': 'receivedAt',
  'material-issue': 'issuedAt',
  'supplement-request': 'reason',
  'production-report': 'date',
  'production-exception': 'cause',
  'subcontract-job': 'process',
  'order-revision': 'number',
  'packing-list': 'kind',
  'backend-trim': 'item',
  booking: 'bookedAt',
  'final-inspection': 'inspectedAt',
  'completion-report': 'shippedAt',
  'order-document': 'kind',
  complaint: 'category',
};

const mainFieldOf = (type: string) => (isTitledType(type) ? 'title' : NAMED_MAIN_FIELDS[type]);

/** Strapi's own choice when nobody chose: the first string attribute, else the id. */
const strapiMainField = (attributes: Record<string, { type: string }>) =>
  Object.keys(attributes).find((name) => attributes[name].type === 'string' && name !== 'id') ?? 'id';

/** What Gendan last wrote into each view: a setting still equal to it is Gendan's to update. */
const WRITTEN_LABELS = { type: 'core', name: 'gendan', key: 'admin-field-labels' } as const;
const WRITTEN_VIEWS = { type: 'core', name: 'gendan', key: 'admin-view-layouts' } as const;

interface WrittenView {
  edit?: LayoutCell[][];
  list?: string[];
  mainField?: string;
  sortBy?: string;
  sortOrder?: string;
}

/**
 * Whether a Content Manager label may take Gendan's wording: it is Strapi's
 * default (the attribute name) or the label Gendan wrote last time. A label an
 * administrator typed is theirs and stays.
 */
const isOurs = (label: string | undefined, field: string, written: string | undefined) =>
  !label || label === field || label === written;

const cells = (layout: readonly (readonly LayoutCell[])[]) => layout.flat().map(({ name, size }) => `${name}:${size}`);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Strapi's own first layout lists the attributes in schema order: nobody has arranged it yet. */
const inSchemaOrder = (names: readonly string[], attributes: readonly string[]) => {
  const positions = names.filter((name) => name !== 'id').map((name) => attributes.indexOf(name));
  return positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]));
};

/**
 * An edit layout is Gendan's to arrange when it is the one Gendan wrote last —
 * with fields added since appended by Strapi — or Strapi's untouched default.
 * Anything else an administrator arranged.
 */
function editLayoutIsOurs(current: LayoutCell[][], written: LayoutCell[][] | undefined, attributes: string[]) {
  if (!written)
    return inSchemaOrder(
      current.flat().map((cell) => cell.name),
      attributes
    );
  const known = new Set(written.flat().map((cell) => cell.name));
  return same(cells(current.map((row) => row.filter((cell) => known.has(cell.name)))), cells(written));
}

function listIsOurs(current: string[], written: string[] | undefined, attributes: string[]) {
  return written ? same(current, written) : current.length <= 4 && inSchemaOrder(current, attributes);
}

/**
 * Labels the fields of one view "中文 · English" and puts the full term in the
 * description, where the label and description are still Strapi's or Gendan's.
 * Answers whether anything changed.
 */
function labelFields(
  configuration: Pick<ContentManagerConfiguration, 'metadatas'>,
  uid: string,
  terms: TradeTermsByField,
  written: Record<string, string>,
  nowWritten: Record<string, string>
): boolean {
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
  return changed;
}

/** What a collapsed row of a repeatable component shows (a roll's number, a contact's name). */
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'quality.four-point-roll': 'rollNo',
  'packing.carton-row': 'colour',
  'party.contact': 'name',
  'calendar.holiday': 'name',
  'calendar.make-up-day': 'name',
  'purchasing.expediting-note': 'contact',
  'time-and-action.milestone': 'name',
  'garment.size': 'code',
};

interface ComponentService {
  findConfiguration(component: unknown): Promise<ContentManagerConfiguration>;
  updateConfiguration(component: unknown, configuration: ContentManagerConfiguration): Promise<unknown>;
}

/** The components' fields labelled like the content types' (the rows inside a record: rolls, cartons, contacts). */
async function applyComponentLabels(
  strapi: Core.Strapi,
  written: Record<string, string>,
  nowWritten: Record<string, string>,
  writtenViews: Record<string, WrittenView>,
  nowWrittenViews: Record<string, WrittenView>
) {
  const components = strapi.plugin('content-manager').service('components') as ComponentService;
  for (const [uid, terms] of Object.entries(COMPONENT_TERMS)) {
    const component = strapi.components[uid as keyof typeof strapi.components] as
      { attributes: Record<string, { type: string }> } | undefined;
    if (!component) continue;
    const configuration = await components.findConfiguration(component);
    let changed = labelFields(configuration, uid, terms, written, nowWritten);
    const mainField = COMPONENT_MAIN_FIELDS[uid];
    const current = configuration.settings.mainField;
    const last = writtenViews[uid]?.mainField;
    if (
      mainField &&
      current !== mainField &&
      (!current || current === 'id' || current === strapiMainField(component.attributes) || current === last)
    ) {
      configuration.settings.mainField = mainField;
      changed = true;
    }
    nowWrittenViews[uid] = { mainField: configuration.settings.mainField === mainField ? mainField : last };
    if (changed) await components.updateConfiguration(component, configuration);
  }
}

/**
 * Configures the Content Manager for the people who use it: every field
 * labelled "中文 · English" (客户订单号 · Customer's PO number) with the full
 * trade term as its description; derived fields read-only; a human main field
 * (titles: "RWM-26-0931 · final v2"); edit views in the order of the work with
 * derived bookkeeping out of the form; list columns and a default sort.
 * Merges, never overwrites: whatever an administrator changed — a label, a
 * description, a layout, a column, a sort — survives restarts, and fields added
 * in the Content-Type Builder keep their own labels.
 */
export async function applyContentManagerViews(strapi: Core.Strapi): Promise<void> {
  const configurations = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  const fieldSizes = strapi.plugin('content-manager').service('field-sizes') as {
    getFieldSize(type: string): { default: number };
  };

  const types: Array<[string, string, TradeTermsByField]> = [
    ...Object.entries(TRADE_TERMS).map(([type, terms]): [string, string, TradeTermsByField] => [
      `api::${type}.${type}`,
      type,
      terms,
    ]),
    ['plugin::users-permissions.user', 'user', ACCOUNT_TERMS],
  ];
  const written = ((await strapi.store.get(WRITTEN_LABELS)) ?? {}) as Record<string, string>;
  const writtenViews = ((await strapi.store.get(WRITTEN_VIEWS)) ?? {}) as Record<string, WrittenView>;
  const nowWritten: Record<string, string> = {};
  const nowWrittenViews: Record<string, WrittenView> = {};
  for (const [uid, type, terms] of types) {
    const contentType = strapi.contentType(uid as never) as
      { attributes: Record<string, { type: string; customField?: string }> } | undefined;
    if (!contentType) continue;
    const configuration = await configurations.findConfiguration(contentType);
    let changed = false;

    if (labelFields(configuration, uid, terms, written, nowWritten)) changed = true;
    // Shown, never typed into: the fields the write guard derives, and the title.
    const readOnly = [
      ...(type in DERIVED_FIELDS ? DERIVED_FIELDS[type as TypeWithDerivedFields].fields : []),
      ...(isTitledType(type) ? ['title'] : []),
    ];
    for (const field of readOnly) {
      const edit = configuration.metadatas[field]?.edit;
      if (edit && edit.editable !== false) {
        edit.editable = false;
        changed = true;
      }
    }

    const last = writtenViews[uid] ?? {};
    const view: WrittenView = {};
    const mainField = mainFieldOf(type);
    const currentMain = configuration.settings.mainField;
    if (mainField && contentType.attributes[mainField]) {
      if (
        !currentMain ||
        currentMain === 'id' ||
        currentMain === strapiMainField(contentType.attributes) ||
        currentMain === last.mainField ||
        currentMain === EARLIER_MAIN_FIELDS[type]
      ) {
        if (currentMain !== mainField) {
          configuration.settings.mainField = mainField;
          changed = true;
        }
      }
      view.mainField = configuration.settings.mainField === mainField ? mainField : last.mainField;
    }

    const layout = VIEW_LAYOUTS[type];
    const attributeNames = Object.keys(contentType.attributes);
    if (layout) {
      const edit = configuration.layouts.edit;
      if (editLayoutIsOurs(edit, last.edit, attributeNames)) {
        const arranged = arrangeEditLayout(
          layout,
          edit,
          edit.flat().map((cell) => cell.name),
          (field) => {
            const attribute = contentType.attributes[field];
            return fieldSizes.getFieldSize(attribute?.customField ?? attribute?.type ?? 'string').default;
          }
        );
        if (!same(cells(arranged), cells(edit)) || arranged.length !== edit.length) {
          configuration.layouts.edit = arranged;
          changed = true;
        }
        view.edit = arranged;
      } else view.edit = last.edit;

      const columns = (layout.list ?? []).filter((field) => contentType.attributes[field]);
      if (columns.length > 0 && listIsOurs(configuration.layouts.list, last.list, attributeNames)) {
        if (!same(configuration.layouts.list, columns)) {
          configuration.layouts.list = [...columns];
          changed = true;
        }
        view.list = [...columns];
      } else view.list = last.list;

      const sort = layout.sort;
      const { defaultSortBy, defaultSortOrder } = configuration.settings;
      const sortIsOurs = last.sortBy
        ? defaultSortBy === last.sortBy && defaultSortOrder === last.sortOrder
        : !defaultSortBy ||
          ((defaultSortBy === 'id' || defaultSortBy === currentMain || defaultSortBy === EARLIER_MAIN_FIELDS[type]) &&
            defaultSortOrder !== 'DESC');
      if (sort && (sort.by === 'createdAt' || contentType.attributes[sort.by]) && sortIsOurs) {
        if (defaultSortBy !== sort.by || defaultSortOrder !== sort.order) {
          configuration.settings.defaultSortBy = sort.by;
          configuration.settings.defaultSortOrder = sort.order;
          changed = true;
        }
        view.sortBy = sort.by;
        view.sortOrder = sort.order;
      } else Object.assign(view, { sortBy: last.sortBy, sortOrder: last.sortOrder });
    }
    nowWrittenViews[uid] = view;
    if (changed) await configurations.updateConfiguration(contentType, configuration);
  }
  await applyComponentLabels(strapi, written, nowWritten, writtenViews, nowWrittenViews);
  await strapi.store.set({ ...WRITTEN_LABELS, value: nowWritten });
  await strapi.store.set({ ...WRITTEN_VIEWS, value: nowWrittenViews });
}
