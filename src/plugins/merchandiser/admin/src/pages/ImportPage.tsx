import { Badge, Box, Button, Field, Flex, ProgressBar, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import type { ImportView } from '../../../../../modules/imports/contracts';
import type { ImportFinding } from '../../../../../modules/imports/domain/findings';
import { type PoHeaderField, type PoMapping } from '../../../../../modules/imports/domain/po-mapping';
import { useAdminGet } from '../hooks/useAdminGet';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';
import { refusalText } from '../imports/errors';
import { columnLetters, pointAt, pointColumn, sizeColumn } from '../imports/mapping';
import { PoMappingBox, PoSummaryBox } from '../imports/PoImport';
import { SheetGrid, type DrawnSheet } from '../imports/SheetGrid';
import { TABLE_KINDS, TableMappingBox, TableSummaryBox } from '../imports/TableImport';
import type { TableMapping } from '../../../../../modules/imports/domain/table';
import { STATUS_BADGE } from './ImportsPage';

/**
 * One import (导入): the sheet drawn with the cells the dry run refused in red
 * and the cells it read outlined, the mapping to correct (point at a value on
 * the sheet, name the buyer's sizes and colours, the date order), what the
 * commit would create or change, and the commit itself.
 */
export const ImportPage = () => {
  const { documentId = '' } = useParams();
  const t = useT();
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const day = useDay();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const loaded = useAdminGet<{ data: ImportView }>(`/merchandiser/imports/${documentId}`);
  const drawn = useAdminGet<{ data: DrawnSheet[] }>(`/merchandiser/imports/${documentId}/sheets`);
  const [view, setView] = useState<ImportView | null>(null);
  const [mapping, setMapping] = useState<ImportView['mapping'] | null>(null);
  const [pointing, setPointing] = useState<string | null>(null);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [polling, setPolling] = useState(false);

  useEffect(() => {
    if (loaded.data && !view) {
      setView(loaded.data.data);
      setMapping(loaded.data.data.mapping);
    }
  }, [loaded.data, view]);
  useEffect(() => {
    if (reason === '' && view)
      setReason(
        view.kind === 'production-reports'
          ? t('imports.reason.reports', 'Supervisor corrected the daily sheet')
          : view.kind === 'packing-lists'
            ? t('imports.reason.packing', 'Warehouse re-sent the packing list')
            : t('imports.reason.default', 'Buyer revised PO sheet')
      );
  }, [reason, t, view]);

  // A large import is written in the background: its progress is read every second until it is done.
  useEffect(() => {
    if (!polling) return undefined;
    const timer = setInterval(() => {
      void get<{ data: ImportView }>(`/merchandiser/imports/${documentId}`).then(({ data }) => {
        setView(data.data);
        if (data.data.progress) return;
        setPolling(false);
        if (data.data.status === 'committed')
          toggleNotification({ type: 'success', message: t('imports.committed', 'Imported: the orders are written') });
        else if (data.data.error)
          toggleNotification({ type: 'danger', message: t('imports.failed', 'Not imported: nothing was written') });
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [polling, documentId, get, t, toggleNotification]);

  const sheets = drawn.data?.data ?? [];
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets[0] ?? null;
  const findings = view?.findings ?? [];
  const findingAt = useMemo(() => {
    const map = new Map<string, ImportFinding>();
    for (const f of findings) if (f.cell && f.sheet === sheet?.name && !map.has(f.cell)) map.set(f.cell, f);
    return map;
  }, [findings, sheet?.name]);
  const table = view ? TABLE_KINDS[view.kind] : undefined;
  const readCells = useMemo(() => {
    const set = new Set<string>();
    if (table && mapping) {
      const { headerRow, columns, sizes } = mapping as TableMapping;
      for (const column of [...Object.values(columns), ...Object.keys(sizes)]) set.add(`${column}${headerRow}`);
    }
    for (const order of view?.summary.orders ?? [])
      if (order.sheet === sheet?.name) for (const cell of Object.values(order.cells)) set.add(cell);
    return set;
  }, [view, sheet?.name, table, mapping]);
  const edited = !!view && !!mapping && JSON.stringify(mapping) !== JSON.stringify(view.mapping);
  const message = (f: ImportFinding) => (zh ? f.messageZh : f.message);

  const run = async (url: string, body: Record<string, unknown>, done: string) => {
    setBusy(true);
    try {
      const { data } = await post<{ data: ImportView }>(url, { data: body });
      setView(data.data);
      setMapping(data.data.mapping);
      if (data.data.progress) setPolling(true);
      else toggleNotification({ type: 'success', message: done });
    } catch (error) {
      toggleNotification({ type: 'danger', message: refusalText(error, zh) });
    } finally {
      setBusy(false);
    }
  };
  const recheck = () =>
    run(
      `/merchandiser/imports/${documentId}/check`,
      { mapping },
      t('imports.rechecked', 'Checked again with your mapping')
    );
  const needsReason = !!(
    view &&
    (view.summary.revisions || view.summary.reports?.correctionsWithoutReason || view.summary.packing?.replacements)
  );
  const commit = () =>
    run(
      `/merchandiser/imports/${documentId}/commit`,
      needsReason ? { reason } : {},
      t('imports.committedAny', 'Imported: written')
    );

  const clickCell = (row: number, column: number) => {
    const cell = `${columnLetters(column)}${row + 1}`;
    setSelected(cell);
    if (!pointing || !mapping || !sheet) return;
    if (table) {
      const tableMapping = mapping as TableMapping;
      if (pointing === '@size') {
        const letters = columnLetters(column);
        const size = tableMapping.sizes[letters] ? '' : (sheet.rows[row]?.[column] ?? '');
        setMapping(sizeColumn(tableMapping, column, size));
        return;
      }
      const shared = !!table.fields.find((field) => field.key === pointing)?.header;
      setMapping(pointColumn(tableMapping, pointing, sheet.rows, row, column, shared));
    } else setMapping(pointAt(mapping as PoMapping, pointing as PoHeaderField, sheet.rows, row, column));
    setPointing(null);
  };

  if (loaded.error) return <Page.Error />;
  if (!view || !mapping) return <Page.Loading />;
  const committed = view.status === 'committed';
  const po = table ? null : (mapping as PoMapping);
  const commitLabel =
    view.kind === 'production-reports'
      ? t('imports.commit.reports', 'File {n, plural, one {# report} other {# reports}}', {
          n: (view.summary.reports?.create ?? 0) + (view.summary.reports?.corrections ?? 0),
        })
      : view.kind === 'packing-lists'
        ? t('imports.commit.packing', 'Import {n, plural, one {# packing list} other {# packing lists}}', {
            n: view.summary.packing?.orders ?? 0,
          })
        : view.summary.records
          ? t('imports.commit.records', 'Import {n, plural, one {# record} other {# records}}', {
              n: view.summary.records.create + view.summary.records.update,
            })
          : t('imports.commit', 'Import {n, plural, one {# order} other {# orders}}', {
              n: (view.summary.create ?? 0) + (view.summary.change ?? 0),
            });
  return (
    <Page.Main>
      <Page.Title>{view.fileName}</Page.Title>
      <Layouts.Header
        title={view.fileName}
        subtitle={[t(`imports.kind.${view.kind}`, view.kind), view.customer?.name, day(view.createdAt), view.actorName]
          .filter(Boolean)
          .join(' · ')}
        secondaryAction={
          <Badge variant={STATUS_BADGE[view.status]} data-testid="import-status">
            {t(`imports.status.${view.status}`, view.status)}
          </Badge>
        }
        primaryAction={
          committed ? undefined : edited ? (
            <Button onClick={recheck} loading={busy} data-testid="import-recheck">
              {t('imports.recheck', 'Check again')}
            </Button>
          ) : (
            <Button
              onClick={commit}
              loading={busy || polling}
              disabled={view.status !== 'checked'}
              data-testid="import-commit"
            >
              {commitLabel}
            </Button>
          )
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={5}>
          {view.progress && (
            <Box background="primary100" padding={4} hasRadius data-testid="import-progress">
              <Typography tag="p">
                {t('imports.progress', 'Importing in the background: {done} of {total} lines ({percent} %)', {
                  done: view.progress.done.toLocaleString(locale),
                  total: view.progress.total.toLocaleString(locale),
                  percent: view.progress.percent,
                })}
              </Typography>
              <Box marginTop={2}>
                <ProgressBar value={view.progress.percent} />
              </Box>
            </Box>
          )}
          {view.error && !committed && !view.progress && (
            <Box background="danger100" padding={4} hasRadius data-testid="import-error">
              <Typography tag="p">
                {t('imports.error', 'The last commit was refused, nothing was written: {message}', {
                  message: view.error.message,
                })}
              </Typography>
            </Box>
          )}
          {view.summary.duplicateOf && !committed && (
            <Box background="warning100" padding={3} hasRadius>
              <Typography>
                {t('imports.duplicate', 'This very file was imported on {day}: committing it again writes nothing.', {
                  day: day(view.summary.duplicateOf.committedAt),
                })}
              </Typography>
            </Box>
          )}
          {findings.length > 0 && (
            <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius data-testid="import-findings">
              <Typography variant="delta" tag="h2">
                {t('imports.findings', '{n, plural, one {# cell to fix} other {# cells to fix}}', {
                  n: findings.filter((f) => f.severity === 'error').length,
                })}
              </Typography>
              <Box marginTop={2}>
                {findings.map((f, i) => (
                  <Flex
                    key={i}
                    gap={2}
                    paddingTop={1}
                    onClick={() => {
                      if (f.sheet) setSheetName(f.sheet);
                      setSelected(f.cell);
                    }}
                    style={{ cursor: 'pointer' }}
                    data-testid="import-finding"
                  >
                    <Badge variant={f.severity === 'error' ? 'danger' : 'warning'}>{f.cell ?? f.sheet ?? '—'}</Badge>
                    <Typography>{message(f)}</Typography>
                  </Flex>
                ))}
              </Box>
            </Box>
          )}

          {!committed && table && (
            <TableMappingBox
              kind={view.kind}
              view={view}
              mapping={mapping as TableMapping}
              setMapping={setMapping}
              pointing={pointing}
              setPointing={setPointing}
            />
          )}
          {!committed && po && (
            <PoMappingBox
              view={view}
              mapping={po}
              setMapping={setMapping}
              pointing={pointing}
              setPointing={setPointing}
            />
          )}

          {sheet && (
            <SheetGrid
              sheets={sheets}
              sheet={sheet}
              selected={selected}
              findings={findingAt}
              readCells={readCells}
              onSheet={setSheetName}
              onCell={clickCell}
            />
          )}

          <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              {committed ? t('imports.done', 'What the import wrote') : t('imports.plan', 'What the commit will write')}
            </Typography>
            {table && <TableSummaryBox view={view} />}
            {po && <PoSummaryBox view={view} />}
            {!committed && needsReason && (
              <Box marginTop={4} maxWidth="480px">
                <Field.Root
                  name="reason"
                  required
                  hint={
                    view.kind === 'production-reports'
                      ? t(
                          'imports.reason.hintReports',
                          'Reports already filed change: the correction keeps the old figures; say why.'
                        )
                      : view.kind === 'packing-lists'
                        ? t(
                            'imports.reason.hintPacking',
                            'The final packing list on file is replaced by a new version: say why.'
                          )
                        : t('imports.reason.hint', 'Orders past received change by revision: say why.')
                  }
                >
                  <Field.Label>
                    {view.kind === 'purchase-orders'
                      ? t('imports.reason', 'Reason of the revision')
                      : t('imports.reason.any', 'Reason')}
                  </Field.Label>
                  <TextInput
                    value={reason}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setReason(event.target.value)}
                    data-testid="import-reason"
                  />
                  <Field.Hint />
                </Field.Root>
              </Box>
            )}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
