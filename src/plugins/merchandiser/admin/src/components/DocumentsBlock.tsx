import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useT } from '../hooks/useT';

const DOCUMENTS = [
  { kind: 'packing-list-final', label: 'Packing list (final)' },
  { kind: 'packing-list-simulated', label: 'Simulated packing list' },
] as const;

/** The name the server gives the file (`SKJ-2611-03_packing-list-final_v2.pdf`). */
const fileNameOf = (headers: Headers | undefined, fallback: string) =>
  /filename="([^"]+)"/.exec(headers?.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * The order's paperwork in the panel (单证): each document as a PDF or a
 * workbook, downloaded with the admin's session; a document that cannot be
 * made yet says so.
 */
export const DocumentsBlock = ({ documentId }: { documentId: string }) => {
  const t = useT();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState<string | null>(null);

  const download = async (file: string) => {
    setBusy(file);
    try {
      const res = (await get(`/merchandiser/orders/${documentId}/documents/${file}`, {
        responseType: 'blob',
      } as never)) as unknown as { data: Blob; headers?: Headers };
      const url = URL.createObjectURL(res.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(res.headers, file);
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      const status = (error as { status?: number }).status;
      toggleNotification({
        type: status === 409 ? 'info' : 'danger',
        message:
          status === 409
            ? t('documents.notYet', 'Not yet: this order has no such list with cartons.')
            : t('documents.failed', 'The document could not be made.'),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="panel-documents">
      <Typography variant="sigma" textColor="neutral600">
        {t('documents.title', 'Documents')}
      </Typography>
      {DOCUMENTS.map((item) => (
        <Flex key={item.kind} gap={2} justifyContent="space-between">
          <Typography variant="pi">{t(`documents.${item.kind}`, item.label)}</Typography>
          <Flex gap={1}>
            {(['pdf', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                size="S"
                variant="tertiary"
                loading={busy === `${item.kind}.${format}`}
                onClick={() => download(`${item.kind}.${format}`)}
                data-testid={`document-${item.kind}-${format}`}
              >
                {format === 'pdf' ? t('documents.pdf', 'PDF') : t('documents.xlsx', 'Excel')}
              </Button>
            ))}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
};
