import { adminApi } from '@strapi/strapi/admin';

interface DocumentRef {
  model: string;
  documentId: string;
  collectionType: string;
}

/** The content manager caches documents by tag: invalidating them refreshes the edit form after our writes. */
const documentTags = ({ model, documentId }: DocumentRef) => [
  { type: 'Document' as const, id: `${model}_${documentId}` },
  { type: 'Document' as const, id: `${model}_LIST` },
];

const api = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (build) => ({
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

export const { useTransitionOrderMutation, useSignoffOrderMutation, useWaiveRuleMutation } = api;
