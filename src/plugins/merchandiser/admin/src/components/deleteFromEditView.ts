import type { DocumentActionComponent, DocumentActionDescription } from '@strapi/content-manager/strapi-admin';
import { flushSync } from 'react-dom';
import { useMatch, useNavigate } from 'react-router-dom';

type Description = DocumentActionDescription & {
  dialog?: { onConfirm?: () => Promise<void> | void } & Record<string, unknown>;
};

/**
 * Strapi's "Delete entry" in the edit view deletes, then leaves the page — in
 * between, the edit view refetches the document it just deleted and shows
 * "Not Found" beside "Deleted document". Gendan's wrapper leaves for the list
 * first, then runs Strapi's own delete (its checks, request and messages).
 */
export function deleteFromListFirst(original: DocumentActionComponent): DocumentActionComponent {
  const Action = ((props: Parameters<DocumentActionComponent>[0]) => {
    const description = original(props) as Description | null;
    const navigate = useNavigate();
    const inListView = useMatch('/content-manager/:collectionType/:slug') !== null;
    const confirm = description?.dialog?.onConfirm;
    if (!description?.dialog || !confirm || inListView) return description;
    return {
      ...description,
      dialog: {
        ...description.dialog,
        onConfirm: async () => {
          // Committed before the request: the edit view is gone when the delete invalidates its document.
          flushSync(() => navigate({ pathname: `../${props.collectionType}/${props.model}` }, { replace: true }));
          await confirm();
        },
      },
    } as DocumentActionDescription;
  }) as DocumentActionComponent;
  Object.assign(Action, {
    type: (original as { type?: string }).type,
    position: (original as { position?: unknown }).position,
  });
  return Action;
}
