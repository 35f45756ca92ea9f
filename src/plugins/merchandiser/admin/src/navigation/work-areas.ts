import { PLUGIN_ID } from '../pluginId';

/** A place in the daily work: a plugin page, or a Content Manager list with its filter. */
export interface WorkLink {
  /** Translation key under `work.` and the English wording. */
  id: string;
  label: string;
  /** A Content Manager list or single type (its read permission decides whether the link shows). */
  uid?: string;
  single?: boolean;
  /** Filters as the Content Manager's URL carries them: field → operator → value. */
  filters?: Record<string, Record<string, string | boolean | readonly string[]>>;
  /** A plugin page, relative to the plugin (shown to those who may read `uid`, when it names one). */
  page?: string;
}

export interface WorkArea {
  id: string;
  label: string;
  links: readonly WorkLink[];
}

const api = (type: string) => `api::${type}.${type}`;

/**
 * The merchandiser's work by task (Orders · Materials · Production · Shipping
 * · Quality · Settings), each link to the list with the filter that answers
 * "what needs me". Filters use statuses, never workflow stage keys: stages are
 * the factory's data.
 */
export const WORK_AREAS: readonly WorkArea[] = [
  {
    id: 'orders',
    label: 'Orders',
    links: [
      { id: 'dashboard', label: 'Dashboard', page: '' },
      { id: 'orders', label: 'All orders', uid: api('order') },
      { id: 'time-and-action', label: 'T&A overview', page: 'time-and-action' },
      { id: 'notifications', label: 'Notifications', page: 'notifications' },
      { id: 'order-revisions', label: 'Order changes', uid: api('order-revision') },
      { id: 'imports', label: 'Import sheets', page: 'imports', uid: api('data-import') },
      { id: 'samples', label: 'Samples', uid: api('sample') },
    ],
  },
  {
    id: 'materials',
    label: 'Materials',
    links: [
      { id: 'receipt-inspection', label: 'Receipt inspection', page: 'receipts/new', uid: api('material-receipt') },
      { id: 'expediting', label: 'Expediting', page: 'expediting', uid: api('purchase-order') },
      {
        id: 'purchase-orders-open',
        label: 'Open purchase orders',
        uid: api('purchase-order'),
        filters: { status: { $notIn: ['received', 'closed', 'cancelled'] } },
      },
      { id: 'purchase-order-lines', label: 'Purchase order lines', uid: api('purchase-order-line') },
      { id: 'receipts', label: 'Receipts', uid: api('material-receipt') },
      { id: 'issues', label: 'Material issues', uid: api('material-issue') },
      {
        id: 'supplements',
        label: 'Supplement requests',
        uid: api('supplement-request'),
        filters: { status: { $eq: 'requested' } },
      },
    ],
  },
  {
    id: 'production',
    label: 'Production',
    links: [
      { id: 'daily-output', label: 'Daily output sheet', page: 'daily-output', uid: api('production-report') },
      { id: 'reports', label: 'Daily reports', uid: api('production-report') },
      {
        id: 'exceptions-open',
        label: 'Open exceptions',
        uid: api('production-exception'),
        filters: { status: { $eq: 'open' } },
      },
      {
        id: 'subcontract-out',
        label: 'Out at subcontractors',
        uid: api('subcontract-job'),
        filters: { status: { $ne: 'returned' } },
      },
      { id: 'lines', label: 'Production lines', uid: api('production-line') },
    ],
  },
  {
    id: 'shipping',
    label: 'Shipping',
    links: [
      { id: 'packing-editor', label: 'Packing list editor', page: 'packing', uid: api('packing-list') },
      { id: 'packing-lists', label: 'Packing lists', uid: api('packing-list') },
      { id: 'bookings', label: 'Bookings', uid: api('booking') },
      { id: 'completion-reports', label: 'Completion reports', uid: api('completion-report') },
      { id: 'backend-trims', label: 'Packing trims', uid: api('backend-trim') },
    ],
  },
  {
    id: 'quality',
    label: 'Quality',
    links: [
      {
        id: 'receipts-to-inspect',
        label: 'Receipts to inspect',
        uid: api('material-receipt'),
        filters: { inspectedAt: { $null: true } },
      },
      {
        id: 'receipts-failed',
        label: 'Failed receipts',
        uid: api('material-receipt'),
        filters: { result: { $eq: 'fail' } },
      },
      { id: 'final-inspections', label: 'Final inspections', uid: api('final-inspection') },
      {
        id: 'complaints-open',
        label: 'Open complaints',
        uid: api('complaint'),
        filters: { status: { $ne: 'closed' } },
      },
    ],
  },
  {
    id: 'settings',
    label: 'Settings',
    links: [
      { id: 'customers', label: 'Customers', uid: api('customer') },
      { id: 'suppliers', label: 'Suppliers', uid: api('supplier') },
      { id: 'styles', label: 'Styles', uid: api('style') },
      { id: 'materials', label: 'Materials', uid: api('material') },
      { id: 'workflow-stages', label: 'Workflow stages', uid: api('workflow-stage') },
      { id: 'ta-templates', label: 'T&A templates', uid: api('ta-template') },
      { id: 'tolerance-rules', label: 'Tolerance rules', uid: api('tolerance-rule') },
      { id: 'quality-setting', label: 'Quality settings', uid: api('quality-setting'), single: true },
      { id: 'production-setting', label: 'Production settings', uid: api('production-setting'), single: true },
      { id: 'shipping-setting', label: 'Shipping settings', uid: api('shipping-setting'), single: true },
      { id: 'reminder-setting', label: 'Reminder settings', uid: api('reminder-setting'), single: true },
    ],
  },
];

/** The Content Manager's query string for a filter: `filters[$and][0][status][$eq]=open`. */
export function filterQuery(filters: WorkLink['filters']): string {
  const params: string[] = [];
  Object.entries(filters ?? {}).forEach(([field, condition], index) => {
    for (const [operator, value] of Object.entries(condition)) {
      const key = `filters[$and][${index}][${field}][${operator}]`;
      const values = Array.isArray(value) ? value : [value];
      values.forEach((item, i) =>
        params.push(
          `${encodeURIComponent(Array.isArray(value) ? `${key}[${i}]` : key)}=${encodeURIComponent(String(item))}`
        )
      );
    }
  });
  return params.join('&');
}

/** Where a link goes in the admin (relative to /admin). */
export function linkTarget(link: WorkLink): string {
  if (link.page !== undefined) return `/plugins/${PLUGIN_ID}${link.page ? `/${link.page}` : ''}`;
  const base = `/content-manager/${link.single ? 'single-types' : 'collection-types'}/${link.uid ?? ''}`;
  const query = filterQuery(link.filters);
  return query ? `${base}?page=1&${query}` : base;
}
