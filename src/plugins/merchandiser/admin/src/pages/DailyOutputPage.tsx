import {
  Box,
  Button,
  Checkbox,
  Combobox,
  ComboboxOption,
  Field,
  Flex,
  Loader,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { format } from 'date-fns';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { GetDailyOutput } from '../../../shared/contracts/daily-output';
import type { Operation } from '../../../../../modules/production/domain/progress';
import { useSaveDailyOutputMutation } from '../api';
import { orderEditUrl } from '../components/links';
import { TextLink } from '../components/TextLink';
import { parseClipboardBlock } from '../grid/paste';
import { useAdminGet } from '../hooks/useAdminGet';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';
import {
  changesFiled,
  columnId,
  columnsFor,
  entriesOf,
  pasteFigures,
  readOutputBlock,
  rowsFromSheet,
  totalsOf,
  type Column,
  type SheetRow,
} from '../output/sheet';
import { ExportButton } from '../components/ExportButton';

interface ApiProblem {
  path: string[];
  message: string;
  messageZh?: string;
}
interface ApiError {
  data?: { error?: { message?: string; details?: { errors?: ApiProblem[]; entry?: number } } };
  message?: string;
  details?: { errors?: ApiProblem[]; entry?: number };
}

const FIELD_COLUMN: Record<string, 'good' | 'defect' | 'workers' | 'reason'> = {
  goodQty: 'good',
  defectQty: 'defect',
  workers: 'workers',
  correctionReason: 'reason',
};
const cellKey = (row: SheetRow, id: string) => `${row.key}|${id}`;

/**
 * The daily output sheet (生产日报) for one day: a row per line × order (those
 * the lines worked lately come in on their own), good and defective pieces per
 * operation, the order's progress, what it needs a day and the line's recent
 * rate beside each row. Paste the lines' Excel day sheet with its header, or
 * figures from any cell; a changed filed figure asks for its reason. The
 * server files the day in one transaction and names any refused cell.
 */
export const DailyOutputPage = () => {
  const t = useT();
  const day = useDay();
  const { locale, formatNumber } = useIntl();
  const zh = locale.startsWith('zh');
  const { toggleNotification } = useNotification();
  const [date, setDate] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const sheet = useAdminGet<GetDailyOutput.Response>('/merchandiser/daily-output', { date });
  const [saveDailyOutput, { isLoading: saving }] = useSaveDailyOutputMutation();
  const [rows, setRows] = useState<SheetRow[]>([]);
  const [shown, setShown] = useState<Operation[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newLine, setNewLine] = useState<string>('');
  const [newOrder, setNewOrder] = useState<string>('');

  const operations = sheet.data?.meta.operations ?? [];
  const lines = sheet.data?.data.lines ?? [];
  const orders = sheet.data?.data.orders ?? [];

  // A new day (or the day as filed after a save) replaces what is typed.
  useEffect(() => {
    if (!sheet.data) return;
    const filed = rowsFromSheet(sheet.data.data.rows);
    setRows(filed);
    setErrors({});
    const used = new Set<Operation>(['sewing']);
    for (const row of sheet.data.data.rows) for (const op of Object.keys(row.cells)) used.add(op as Operation);
    setShown(sheet.data.meta.operations.filter((op) => used.has(op)));
  }, [sheet.data]);

  const columns: Column[] = useMemo(
    () => columnsFor(operations.filter((op) => shown.includes(op))),
    [operations, shown]
  );
  const totals = totalsOf(rows, columns);
  const opName = (op: Operation) => t(`output.${op}`, op);

  const setValue = (rowIndex: number, id: string, value: string) =>
    setRows((previous) =>
      previous.map((row, i) => (i === rowIndex ? { ...row, values: { ...row.values, [id]: value } } : row))
    );
  const setReason = (rowIndex: number, reason: string) =>
    setRows((previous) => previous.map((row, i) => (i === rowIndex ? { ...row, reason } : row)));

  const rowFor = (lineName: string, po: string): SheetRow | null => {
    const line = lines.find((candidate) => candidate.name.trim().toLowerCase() === lineName.trim().toLowerCase());
    const order = orders.find((candidate) => candidate.poNumber.trim().toLowerCase() === po.trim().toLowerCase());
    if (!line || !order) return null;
    return { key: `${line.documentId}:${order.documentId}`, line, order, values: {}, reason: '', filed: null };
  };
  const addRow = () => {
    const line = lines.find((candidate) => candidate.documentId === newLine);
    const order = orders.find((candidate) => candidate.documentId === newOrder);
    if (!line || !order) return;
    const key = `${line.documentId}:${order.documentId}`;
    if (!rows.some((row) => row.key === key))
      setRows((previous) => [...previous, { key, line, order, values: {}, reason: '', filed: null }]);
    setNewOrder('');
  };

  const onPaste = (rowIndex: number, columnIndex: number) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    const block = parseClipboardBlock(event.clipboardData.getData('text/plain'));
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return;
    event.preventDefault();
    const read = readOutputBlock(block, columns, {
      lines: lines.map((line) => line.name),
      orders: orders.map((order) => order.poNumber),
    });
    if (read.kind === 'refused') {
      toggleNotification({
        type: 'danger',
        message: t(
          'daily.paste.unknown',
          'Not pasted: {names} — not a line, an order on the lines or a column of this sheet',
          {
            names: read.unknown.join(', '),
          }
        ),
      });
      return;
    }
    if (read.kind === 'rows') {
      setShown((previous) => operations.filter((op) => previous.includes(op) || read.ops.includes(op)));
      setRows((previous) => {
        const next = [...previous];
        for (const pasted of read.rows) {
          const fresh = rowFor(pasted.line, pasted.order);
          if (!fresh) continue;
          const at = next.findIndex((row) => row.key === fresh.key);
          if (at >= 0) next[at] = { ...next[at], values: { ...next[at].values, ...pasted.values } };
          else next.push({ ...fresh, values: pasted.values });
        }
        return next;
      });
      return;
    }
    setRows((previous) => pasteFigures(previous, block, { row: rowIndex, column: columnIndex }, columns));
  };
  // Enter goes down the column, as in a spreadsheet.
  const onKey = (rowIndex: number, columnIndex: number) => (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    document.querySelector<HTMLInputElement>(`[data-cell="${rowIndex + 1}:${columnIndex}"]`)?.focus();
  };

  const save = async () => {
    const entries = entriesOf(rows, operations);
    if (entries.length === 0) return;
    setErrors({});
    const result = await saveDailyOutput({ date, entries });
    if ('error' in result) {
      const error = result.error as ApiError;
      const body = error.data?.error ?? error;
      const found: Record<string, string> = {};
      const say = (problem: { message: string; messageZh?: string }) =>
        zh && problem.messageZh ? problem.messageZh : problem.message;
      const keyOf = (index: number, field: string) => {
        const entry = entries[index];
        const row = entry && rows.find((candidate) => candidate.key === `${entry.line}:${entry.order}`);
        if (!entry || !row) return null;
        const column = FIELD_COLUMN[field] ?? 'good';
        return cellKey(row, column === 'good' || column === 'defect' ? `${entry.operation}.${column}` : column);
      };
      for (const problem of body.details?.errors ?? []) {
        const key =
          problem.path[0] === 'entries' ? keyOf(Number(problem.path[1]), problem.path[problem.path.length - 1]) : null;
        if (key) found[key] = say(problem);
      }
      const entry = body.details?.entry;
      if (entry !== undefined && Object.keys(found).length === 0) {
        const key = keyOf(entry, 'goodQty');
        if (key) found[key] = body.message ?? '';
      }
      setErrors(found);
      const first = body.details?.errors?.[0];
      toggleNotification({
        type: 'danger',
        message: (first ? say(first) : body.message) ?? t('daily.invalid', 'Some cells need attention'),
      });
      return;
    }
    toggleNotification({
      type: 'success',
      message: t('daily.saved', 'Output of {date} filed: {count, plural, one {# report} other {# reports}} written', {
        date: day(date),
        count: result.data.meta.written,
      }),
    });
  };

  if (sheet.error) return <Page.Error />;

  // Today's sewn pieces of an order come from every line on it.
  const sewnToday = (row: SheetRow) =>
    rows
      .filter((other) => other.order.documentId === row.order.documentId)
      .reduce((sum, other) => sum + (Number((other.values['sewing.good'] ?? '').replace(/,/g, '')) || 0), 0);
  // Red when the order's lines together sew fewer a day than it needs.
  const orderRate = (row: SheetRow) =>
    rows
      .filter((other) => other.order.documentId === row.order.documentId)
      .reduce((sum, other) => sum + (other.filed?.runRate ?? 0), 0);
  const orderRow = (row: SheetRow) =>
    sheet.data?.data.rows.find((filed) => filed.order.documentId === row.order.documentId);

  return (
    <Page.Main>
      <Page.Title>{t('daily.title', 'Daily output')}</Page.Title>
      <Layouts.Header
        title={t('daily.title', 'Daily output')}
        subtitle={t(
          'daily.subtitle',
          "One day's output of every line: paste the lines' sheet or type; a changed figure on file needs a reason."
        )}
        primaryAction={
          <Flex gap={2}>
            <ExportButton list="daily-report" params={{ from: date, to: date }} />
            <Button onClick={save} loading={saving} data-testid="daily-save">
              {t('daily.save', 'File the day')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex gap={4} wrap="wrap" alignItems="flex-end">
              <Field.Root name="date">
                <Field.Label>{t('daily.date', 'Day')}</Field.Label>
                <TextInput
                  type="date"
                  data-testid="daily-date"
                  value={date}
                  max={sheet.data?.meta.today}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => e.target.value && setDate(e.target.value)}
                />
              </Field.Root>
              <Flex gap={3} wrap="wrap" data-testid="daily-operations">
                <Typography variant="pi" fontWeight="bold">
                  {t('daily.operations', 'Operations')}
                </Typography>
                {operations.map((op) => (
                  <Checkbox
                    key={op}
                    checked={shown.includes(op)}
                    onCheckedChange={(checked: boolean) =>
                      setShown((previous) =>
                        operations.filter((candidate) => (candidate === op ? checked : previous.includes(candidate)))
                      )
                    }
                  >
                    {opName(op)}
                  </Checkbox>
                ))}
              </Flex>
            </Flex>
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
            {sheet.loading ? (
              <Loader small>{t('daily.loading', 'Loading the day…')}</Loader>
            ) : (
              <table data-testid="daily-sheet" style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={{ textAlign: 'left', padding: 4 }} rowSpan={2}>
                      <Typography variant="sigma">{t('daily.line', 'Line')}</Typography>
                    </th>
                    <th style={{ textAlign: 'left', padding: 4 }} rowSpan={2}>
                      <Typography variant="sigma">{t('daily.order', 'PO')}</Typography>
                    </th>
                    {operations
                      .filter((op) => shown.includes(op))
                      .map((op) => (
                        <th key={op} colSpan={2} style={{ textAlign: 'center', padding: 4 }}>
                          <Typography variant="sigma">{opName(op)}</Typography>
                        </th>
                      ))}
                    <th style={{ textAlign: 'left', padding: 4 }} rowSpan={2}>
                      <Typography variant="sigma">{t('daily.workers', 'Operators')}</Typography>
                    </th>
                    <th style={{ textAlign: 'right', padding: 4 }} rowSpan={2}>
                      <Typography variant="sigma">{t('daily.sewn', 'Sewn / ordered')}</Typography>
                    </th>
                    <th style={{ textAlign: 'right', padding: 4 }} rowSpan={2}>
                      <Typography variant="sigma">{t('daily.need', 'Needed a day')}</Typography>
                    </th>
                    <th style={{ textAlign: 'right', padding: 4 }} rowSpan={2}>
                      <Typography variant="sigma">{t('daily.rate', 'Line rate / capacity')}</Typography>
                    </th>
                  </tr>
                  <tr>
                    {columns
                      .filter((column) => column.kind !== 'workers')
                      .map((column) => (
                        <th key={columnId(column)} style={{ textAlign: 'left', padding: 4 }}>
                          <Typography variant="pi" textColor="neutral600">
                            {column.kind === 'good' ? t('daily.good', 'Good') : t('daily.defects', 'Defects')}
                          </Typography>
                        </th>
                      ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.length === 0 && (
                    <tr>
                      <td colSpan={columns.length + 5} style={{ padding: 12 }}>
                        <Typography textColor="neutral600" data-testid="daily-empty">
                          {t(
                            'daily.empty',
                            'No line has reported lately. Add a line and an order below, or paste the lines’ sheet (Line | PO | Sewing …) into any cell.'
                          )}
                        </Typography>
                        <Box paddingTop={2} maxWidth="320px">
                          <Field.Root name="paste">
                            <Field.Input
                              data-testid="daily-paste"
                              aria-label={t('daily.pasteHere', 'Paste the lines’ sheet here')}
                              placeholder={t('daily.pasteHere', 'Paste the lines’ sheet here')}
                              value=""
                              onChange={() => undefined}
                              onPaste={onPaste(0, 0)}
                            />
                          </Field.Root>
                        </Box>
                      </td>
                    </tr>
                  )}
                  {rows.map((row, rowIndex) => {
                    const facts = row.filed ?? orderRow(row) ?? null;
                    const ordered = facts?.order.totalQuantity ?? null;
                    const sewn = (facts?.before.sewing ?? 0) + sewnToday(row);
                    const needsReason = changesFiled(row);
                    const reasonError = errors[cellKey(row, 'reason')];
                    return (
                      <Fragment key={row.key}>
                        <tr data-testid="daily-row" style={{ borderTop: '1px solid #e3e3e8' }}>
                          <td style={{ padding: 4, whiteSpace: 'nowrap' }}>
                            <Typography fontWeight="bold">{row.line.name}</Typography>
                          </td>
                          <td style={{ padding: 4, whiteSpace: 'nowrap' }}>
                            <TextLink to={orderEditUrl(row.order.documentId)}>{row.order.poNumber}</TextLink>
                          </td>
                          {columns.map((column, columnIndex) => {
                            const id = columnId(column);
                            const problem = errors[cellKey(row, id)];
                            return (
                              <td key={id} style={{ padding: 2, minWidth: column.kind === 'good' ? 64 : 52 }}>
                                <Field.Root name={`${row.key}.${id}`} error={problem}>
                                  <Field.Input
                                    aria-label={`${row.line.name} ${row.order.poNumber} ${id}`}
                                    data-cell={`${rowIndex}:${columnIndex}`}
                                    inputMode="numeric"
                                    value={row.values[id] ?? ''}
                                    onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                                      setValue(rowIndex, id, e.target.value)
                                    }
                                    onPaste={onPaste(rowIndex, columnIndex)}
                                    onKeyDown={onKey(rowIndex, columnIndex)}
                                  />
                                  <Field.Error />
                                </Field.Root>
                              </td>
                            );
                          })}
                          <td style={{ padding: 4, textAlign: 'right', whiteSpace: 'nowrap' }}>
                            <Typography>
                              {formatNumber(sewn)}
                              {ordered !== null ? ` / ${formatNumber(ordered)}` : ''}
                            </Typography>
                          </td>
                          <td style={{ padding: 4, textAlign: 'right' }}>
                            <Typography
                              textColor={
                                facts?.neededPerDay && orderRate(row) < facts.neededPerDay ? 'danger600' : undefined
                              }
                            >
                              {facts?.neededPerDay !== null && facts?.neededPerDay !== undefined
                                ? formatNumber(facts.neededPerDay)
                                : '–'}
                            </Typography>
                          </td>
                          <td style={{ padding: 4, textAlign: 'right', whiteSpace: 'nowrap' }}>
                            <Typography>
                              {row.filed?.runRate !== null && row.filed?.runRate !== undefined
                                ? formatNumber(row.filed.runRate)
                                : '–'}
                              {` / ${formatNumber(row.line.dailyCapacity)}`}
                            </Typography>
                          </td>
                        </tr>
                        {(needsReason || reasonError) && (
                          <tr>
                            <td />
                            <td colSpan={columns.length + 4} style={{ padding: 2 }}>
                              <Field.Root name={`${row.key}.reason`} error={reasonError}>
                                <Field.Input
                                  aria-label={`${row.line.name} ${row.order.poNumber} reason`}
                                  placeholder={t('daily.reason', 'Why do the filed figures change? (required)')}
                                  value={row.reason}
                                  onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                                    setReason(rowIndex, e.target.value)
                                  }
                                />
                                <Field.Error />
                              </Field.Root>
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr style={{ borderTop: '2px solid #c0c0cf' }}>
                    <td colSpan={2} style={{ padding: 4 }}>
                      <Typography fontWeight="bold">{t('daily.total', 'Total')}</Typography>
                    </td>
                    {columns.map((column) => (
                      <td key={columnId(column)} style={{ padding: 4 }} data-testid={`daily-total-${columnId(column)}`}>
                        <Typography fontWeight="bold">
                          {column.kind === 'workers' ? '' : formatNumber(totals[columnId(column)] ?? 0)}
                        </Typography>
                      </td>
                    ))}
                    <td colSpan={3} />
                  </tr>
                </tfoot>
              </table>
            )}
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex gap={4} alignItems="flex-end" wrap="wrap">
              <Field.Root name="newLine">
                <Field.Label>{t('daily.addLine', 'Line')}</Field.Label>
                <SingleSelect
                  data-testid="daily-add-line"
                  value={newLine}
                  onChange={(value: string | number) => setNewLine(String(value))}
                  placeholder={t('daily.addLine.placeholder', 'Pick a line')}
                >
                  {lines.map((line) => (
                    <SingleSelectOption key={line.documentId} value={line.documentId}>
                      {line.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Field.Root name="newOrder">
                <Field.Label>{t('daily.addOrder', 'Order on the lines')}</Field.Label>
                <Combobox
                  data-testid="daily-add-order"
                  autocomplete={{ type: 'list', filter: 'contains' }}
                  value={newOrder}
                  onChange={(value?: string) => setNewOrder(value ?? '')}
                  placeholder={t('daily.addOrder.placeholder', 'PO number')}
                >
                  {orders.map((order) => (
                    <ComboboxOption key={order.documentId} value={order.documentId}>
                      {order.poNumber}
                    </ComboboxOption>
                  ))}
                </Combobox>
              </Field.Root>
              <Button variant="secondary" onClick={addRow} disabled={!newLine || !newOrder} data-testid="daily-add">
                {t('daily.add', 'Add row')}
              </Button>
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
