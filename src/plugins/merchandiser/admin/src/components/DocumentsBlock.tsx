import { Button, Checkbox, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { GetOrderDocuments, OrderDocumentEntry } from '../../../shared/contracts/documents';
import { useAdminGet } from '../hooks/useAdminGet';
import { useDownload } from '../hooks/useDownload';
import { useT } from '../hooks/useT';

/**
 * What a refused download says: the server's reason (what the document still
 * needs, in the reader's language). A file request gets its error as a Blob.
 */
async function reasonOf(error: unknown): Promise<string | undefined> {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  try {
    const body = (data instanceof Blob ? JSON.parse(await data.text()) : data) as { error?: { message?: string } };
    return body?.error?.message;
  } catch {
    return undefined;
  }
}

const formatOf = (file: string) => file.slice(file.lastIndexOf('.') + 1);

/**
 * The order's paperwork in the panel (单证): every document it prints, the
 * issued versions of the tracked ones (a superseded version prints with its
 * watermark), download or print, in the customer's layout or English only.
 */
export const DocumentsBlock = ({ documentId }: { documentId: string }) => {
  const t = useT();
  const { locale } = useIntl();
  const download = useDownload();
  const { toggleNotification } = useNotification();
  const documents = useAdminGet<GetOrderDocuments.Response>(`/merchandiser/orders/${documentId}/documents`);
  const [busy, setBusy] = useState<string | null>(null);
  const [versions, setVersions] = useState<Record<string, string>>({});
  const [english, setEnglish] = useState<boolean | null>(null);
  const customerEnglish = documents.data?.meta.language === 'en';
  const englishOnly = english ?? customerEnglish;

  const urlOf = (entry: OrderDocumentEntry, file: string) => {
    const params = new URLSearchParams();
    if (englishOnly !== customerEnglish) params.set('language', englishOnly ? 'en' : 'bilingual');
    const version = versions[entry.name];
    if (version && Number(version) !== entry.versions[0]?.version) params.set('version', version);
    const query = params.toString();
    return `/merchandiser/orders/${documentId}/documents/${file}${query ? `?${query}` : ''}`;
  };

  const open = async (entry: OrderDocumentEntry, file: string, print: boolean) => {
    setBusy(`${file}:${print}`);
    try {
      await download(urlOf(entry, file), file, print);
    } catch (error) {
      const status = (error as { status?: number; response?: { status?: number } }).status;
      const reason = await reasonOf(error);
      toggleNotification({
        type: status === 409 ? 'info' : 'danger',
        message:
          status === 409
            ? t('documents.notYet', 'Not yet: {reason}', { reason: reason ?? '' })
            : t('documents.failed', 'The document could not be made.'),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="panel-documents">
      <Flex justifyContent="space-between">
        <Typography variant="sigma" textColor="neutral600">
          {t('documents.title', 'Documents')}
        </Typography>
        <Checkbox
          checked={englishOnly}
          onCheckedChange={(checked: boolean) => setEnglish(checked === true)}
          data-testid="documents-english"
        >
          {t('documents.englishOnly', 'English only')}
        </Checkbox>
      </Flex>
      {documents.data?.data.map((entry) => (
        <Flex key={entry.name} gap={2} justifyContent="space-between" data-testid={`document-${entry.name}`}>
          <Typography variant="pi">{locale.startsWith('zh') ? entry.title.zh : entry.title.en}</Typography>
          <Flex gap={1}>
            {entry.versions.length > 1 && (
              <SingleSelect
                size="S"
                aria-label={t('documents.version', 'Version')}
                value={versions[entry.name] ?? String(entry.versions[0].version)}
                onChange={(value: string | number) => setVersions({ ...versions, [entry.name]: String(value) })}
              >
                {entry.versions.map((version) => (
                  <SingleSelectOption key={version.version} value={String(version.version)}>
                    {`v${version.version} · ${t(`documents.status.${version.status}`, version.status)}`}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            )}
            {entry.files.map((file) => (
              <Button
                key={file}
                size="S"
                variant="tertiary"
                loading={busy === `${file}:false`}
                onClick={() => open(entry, file, false)}
                data-testid={`document-${file.replace('.', '-')}`}
              >
                {formatOf(file) === 'pdf' ? t('documents.pdf', 'PDF') : t('documents.xlsx', 'Excel')}
              </Button>
            ))}
            {entry.files.some((file) => formatOf(file) === 'pdf') && (
              <Button
                size="S"
                variant="ghost"
                loading={busy === `${entry.name}.pdf:true`}
                onClick={() => open(entry, `${entry.name}.pdf`, true)}
              >
                {t('documents.print', 'Print')}
              </Button>
            )}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
};
