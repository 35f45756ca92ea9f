import { adminApi } from '@strapi/strapi/admin';
import type { SaveDailyOutput } from '../../shared/contracts/daily-output';

interface DocumentRef {
  model: string;
  documentId: string;
  collectionType: string;
}

/** What the plugin's reads show (dashboard, panel, calendars, inbox): every write of the plugin refreshes them. */
const DATA = { type: 'MerchandiserData' as const };

/**
 * The content manager caches documents by tag: invalidating them refreshes the
 * edit form after our writes; our own reads are refreshed with them.
 */
const documentTags = ({ model, documentId }: DocumentRef) => [
  { type: 'Document' as const, id: `${model}_${documentId}` },
  { type: 'Document' as const, id: `${model}_LIST` },
  DATA,
];

export interface AdminGet {
  url: string;
  params: Record<string, string>;
}

const api = adminApi.enhanceEndpoints({ addTagTypes: ['Document', 'MerchandiserData'] }).injectEndpoints({
  endpoints: (build) => ({
    /** A GET of one of the plugin's admin routes: the one way the plugin's pages read. */
    adminGet: build.query<unknown, AdminGet>({
      query: ({ url, params }) => ({ url, method: 'GET', config: { params } }),
      providesTags: [DATA],
    }),
    markNotificationsRead: build.mutation<unknown, { documentIds?: string[]; all?: boolean }>({
      query: (data) => ({ url: '/merchandiser/notifications/read', method: 'POST', data }),
      invalidatesTags: [DATA],
    }),
    runReminders: build.mutation<{ data: unknown }, void>({
      query: () => ({ url: '/merchandiser/reminders/run', method: 'POST', data: {} }),
      invalidatesTags: [DATA],
    }),
    planTimeAndAction: build.mutation<unknown, { documentId: string }>({
      query: ({ documentId }) => ({
        url: `/merchandiser/orders/${documentId}/time-and-action/plan`,
        method: 'POST',
        data: {},
      }),
      invalidatesTags: [DATA],
    }),
    replaceOrderLines: build.mutation<
      unknown,
      { documentId: string; data: Array<{ colour: string; size: string; quantity: number }>; reason?: string }
    >({
      query: ({ documentId, data, reason }) => ({
        url: `/merchandiser/orders/${documentId}/lines`,
        method: 'PUT',
        data: { data, ...(reason ? { reason } : {}) },
      }),
      invalidatesTags: [DATA, { type: 'Document' as const, id: 'api::order.order_LIST' }],
    }),
    transitionOrder: build.mutation<unknown, DocumentRef & { to: string; comment?: string; expectedStage?: string }>({
      query: ({ documentId, to, comment, expectedStage }) => ({
        url: `/merchandiser/orders/${documentId}/transitions`,
        method: 'POST',
        data: { data: { to, comment: comment || undefined, expectedStage } },
      }),
      invalidatesTags: (_result, _error, args) => documentTags(args),
    }),
    signoffOrder: build.mutation<
      unknown,
      DocumentRef & { stage: string; department: string; decision: 'approved' | 'rejected'; comment?: string }
    >({
      query: ({ documentId, stage, department, decision, comment }) => ({
        url: `/merchandiser/orders/${documentId}/signoffs`,
        method: 'POST',
        data: { data: { stage, department, decision, comment: comment || undefined } },
      }),
      invalidatesTags: (_result, _error, args) => documentTags(args),
    }),
    logExpeditingNote: build.mutation<
      unknown,
      {
        documentId: string;
        data: { date: string; contact: string | null; note: string; promisedDate: string | null };
      }
    >({
      query: ({ documentId, data }) => ({
        url: `/merchandiser/purchase-orders/${documentId}/expediting-notes`,
        method: 'POST',
        data: { data },
      }),
      invalidatesTags: [DATA, { type: 'Document' as const, id: 'api::purchase-order.purchase-order_LIST' }],
    }),
    saveDailyOutput: build.mutation<SaveDailyOutput.Response, SaveDailyOutput.Request['data']>({
      query: (data) => ({ url: '/merchandiser/daily-output', method: 'POST', data: { data } }),
      invalidatesTags: [DATA, { type: 'Document' as const, id: 'api::production-report.production-report_LIST' }],
    }),
    waiveRule: build.mutation<unknown, DocumentRef & { rule: string; reason: string }>({
      query: ({ documentId, rule, reason }) => ({
        url: `/merchandiser/orders/${documentId}/waivers`,
        method: 'POST',
        data: { data: { rule, reason } },
      }),
      invalidatesTags: (_result, _error, args) => documentTags(args),
    }),
  }),
  overrideExisting: true,
});

export const {
  useAdminGetQuery,
  useLogExpeditingNoteMutation,
  useMarkNotificationsReadMutation,
  usePlanTimeAndActionMutation,
  useRunRemindersMutation,
  useReplaceOrderLinesMutation,
  useSaveDailyOutputMutation,
  useTransitionOrderMutation,
  useSignoffOrderMutation,
  useWaiveRuleMutation,
} = api;
