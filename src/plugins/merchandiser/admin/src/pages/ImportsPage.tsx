import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { ImportKind, ImportView } from '../../../../../modules/imports/contracts';
import type { GetFilterOptions } from '../../../shared/contracts/dashboard';
import { TextLink } from '../components/TextLink';
import { useAdminGet } from '../hooks/useAdminGet';
import { useDay } from '../hooks/useDay';
import { useDownload } from '../hooks/useDownload';
import { useT } from '../hooks/useT';
import { refusalText } from '../imports/errors';
import { TableHead } from '../imports/MappingParts';
import { PLUGIN_ID } from '../pluginId';

type HistoryRow = Pick<
  ImportView,
  | 'documentId'
  | 'title'
  | 'status'
  | 'fileName'
  | 'actorName'
  | 'createdAt'
  | 'committedAt'
  | 'committedBy'
  | 'customer'
  | 'kind'
> & {
  result: ImportView['result'];
};

/** What a sheet can hold, in the order a factory meets them. */
const KINDS: Array<{ kind: ImportKind; name: string }> = [
  { kind: 'purchase-orders', name: "Buyer's PO sheet" },
  { kind: 'production-reports', name: 'Daily output' },
  { kind: 'packing-lists', name: 'Final packing list' },
  { kind: 'customers', name: 'Customers' },
  { kind: 'suppliers', name: 'Suppliers' },
  { kind: 'materials', name: 'Materials' },
  { kind: 'styles', name: 'Styles and their sizes' },
];

export const STATUS_BADGE: Record<ImportView['status'], 'danger' | 'secondary' | 'success'> = {
  refused: 'danger',
  checked: 'secondary',
  committed: 'success',
};

/**
 * Import sheets (导入): upload a buyer's PO sheet for a customer — Gendan reads
 * it, proposes or reuses the customer's mapping and shows the dry run —, and
 * the history of imports (who, when, which file, what it did).
 */
export const ImportsPage = () => {
  const t = useT();
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const day = useDay();
  const navigate = useNavigate();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const options = useAdminGet<GetFilterOptions.Response>('/merchandiser/dashboard/filters');
  const history = useAdminGet<{ data: HistoryRow[] }>('/merchandiser/imports', { pageSize: '50' });
  const [customer, setCustomer] = useState('');
  const [kind, setKind] = useState<ImportKind>('purchase-orders');
  const forCustomer = kind === 'purchase-orders';
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const download = useDownload();
  const template = () =>
    download(
      `/merchandiser/imports/template.xlsx?kind=${kind}${customer ? `&customer=${customer}` : ''}`,
      `${kind}-template.xlsx`
    ).catch((error: unknown) => toggleNotification({ type: 'danger', message: refusalText(error, zh) }));

  const check = async () => {
    if (!file || (forCustomer && !customer)) return;
    setBusy(true);
    const form = new FormData();
    form.append('file', file);
    form.append('kind', kind);
    if (customer) form.append('customer', customer);
    try {
      const { data } = await post<{ data: ImportView }>('/merchandiser/imports', form);
      navigate(`/plugins/${PLUGIN_ID}/imports/${data.data.documentId}`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: refusalText(error, zh) });
    } finally {
      setBusy(false);
    }
  };

  const rows = history.data?.data ?? [];
  const resultText = (result: NonNullable<ImportView['result']>) =>
    result.records
      ? t('imports.result.records', '{created} created, {updated} updated', result.records)
      : result.reports
        ? t('imports.result.reports', '{created} reports filed, {corrected} corrected', result.reports)
        : result.packingLists
          ? t('imports.result.packing', '{n, plural, one {# packing list} other {# packing lists}} written', {
              n: result.packingLists.length,
            })
          : t('imports.result', '{created} created, {changed} changed', {
              created: (result.orders ?? []).filter((o) => o.action === 'created').length,
              changed: (result.orders ?? []).filter((o) => o.action === 'changed').length,
            });
  return (
    <Page.Main>
      <Page.Title>{t('imports.title', 'Import sheets')}</Page.Title>
      <Layouts.Header
        title={t('imports.title', 'Import sheets')}
        subtitle={t(
          'imports.subtitle',
          "A buyer's PO sheet, a day's output or the warehouse's packing list in: Gendan reads it, names every cell it cannot take, and writes nothing until you commit."
        )}
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius marginBottom={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="kind" required>
              <Field.Label>{t('imports.kind', 'The sheet holds')}</Field.Label>
              <SingleSelect
                value={kind}
                onChange={(value: string | number) => setKind(value as ImportKind)}
                data-testid="import-kind"
              >
                {KINDS.map((k) => (
                  <SingleSelectOption key={k.kind} value={k.kind}>
                    {t(`imports.kind.${k.kind}`, k.name)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root
              name="customer"
              required={forCustomer}
              hint={forCustomer ? undefined : t('imports.customer.optional', 'Optional: only this customer’s POs')}
            >
              <Field.Label>{t('imports.customer', 'Customer')}</Field.Label>
              <SingleSelect
                value={customer}
                onChange={(value: string | number) => setCustomer(String(value))}
                placeholder={t('imports.customer.choose', 'Whose sheet is it?')}
                data-testid="import-customer"
                onClear={forCustomer ? undefined : () => setCustomer('')}
              >
                {(options.data?.data.customers ?? []).map((c) => (
                  <SingleSelectOption key={c.documentId} value={c.documentId}>
                    {c.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
            <Field.Root name="file" required>
              <Field.Label>{t('imports.file.any', 'Sheet (.xlsx or .csv)')}</Field.Label>
              <Flex gap={2}>
                <input
                  ref={input}
                  type="file"
                  accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                  data-testid="import-file"
                  style={{ display: 'none' }}
                />
                <Button variant="tertiary" onClick={() => input.current?.click()}>
                  {t('imports.choose', 'Choose file')}
                </Button>
                <Typography textColor="neutral600">{file?.name ?? t('imports.noFile', 'No file chosen')}</Typography>
              </Flex>
            </Field.Root>
            <Button
              onClick={check}
              loading={busy}
              disabled={!file || (forCustomer && !customer)}
              data-testid="import-check"
            >
              {t('imports.check', 'Check the sheet')}
            </Button>
            <Button
              variant="secondary"
              onClick={template}
              disabled={forCustomer && !customer}
              data-testid="import-template"
            >
              {t('imports.template', 'Download a template')}
            </Button>
          </Flex>
        </Box>

        <Typography variant="delta" tag="h2">
          {t('imports.history', 'Imports')}
        </Typography>
        {history.error && <Page.Error />}
        {history.data && rows.length === 0 && (
          <Typography textColor="neutral600">{t('imports.history.empty', 'No sheet imported yet.')}</Typography>
        )}
        {rows.length > 0 && (
          <Box marginTop={3}>
            <Table colCount={6} rowCount={rows.length + 1} data-testid="import-history">
              <TableHead
                headers={[
                  t('imports.when', 'When'),
                  t('imports.customer', 'Customer'),
                  t('imports.kind', 'The sheet holds'),
                  t('imports.fileName', 'File'),
                  t('imports.status', 'Status'),
                  t('imports.by', 'By'),
                ]}
              />
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.documentId} data-testid="import-history-row">
                    <Td>
                      <Typography>{day(row.createdAt)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.customer?.name ?? '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography>{t(`imports.kind.${row.kind}`, row.kind)}</Typography>
                    </Td>
                    <Td>
                      <TextLink to={`/plugins/${PLUGIN_ID}/imports/${row.documentId}`}>
                        <Typography textColor="primary700">{row.fileName}</Typography>
                      </TextLink>
                    </Td>
                    <Td>
                      <Badge variant={STATUS_BADGE[row.status]}>{t(`imports.status.${row.status}`, row.status)}</Badge>
                      {row.result && (
                        <Typography variant="pi" textColor="neutral600" tag="p">
                          {resultText(row.result)}
                        </Typography>
                      )}
                    </Td>
                    <Td>
                      <Typography>{row.committedBy ?? row.actorName ?? '—'}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
