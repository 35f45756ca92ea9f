import { Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useReplaceOrderLinesMutation } from '../api';
import { useAdminGet } from '../hooks/useAdminGet';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { TextLink } from '../components/TextLink';
import type { GetOrderLines, OrderLineInput } from '../../../../../modules/orders/contracts';
import { orderEditUrl } from '../components/links';
import { parseClipboardBlock, readSizeBlock } from '../grid/paste';
import { useT } from '../hooks/useT';

type Cells = Record<string, Record<string, string>>;
interface Row {
  id: number;
  colour: string;
}

const toNumber = (value: string | undefined) => (value && value.trim() !== '' ? Number(value) : 0);

/**
 * The colour × size grid of an order (尺码明细): rows colours, columns the
 * style's sizes, totals both ways; paste a block copied from Excel; saves
 * the whole breakdown in one call and shows the server's errors in the cells.
 */
export const SizeGridPage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const { toggleNotification } = useNotification();
  const { formatNumber, locale } = useIntl();
  const zh = locale.startsWith('zh');
  const loaded = useAdminGet<GetOrderLines.Response>(`/merchandiser/orders/${documentId}/lines`);
  const [replaceOrderLines] = useReplaceOrderLinesMutation();
  const t = useT();

  const [order, setOrder] = useState<GetOrderLines.Response['meta']['order'] | null>(null);
  const [sizes, setSizes] = useState<string[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [cells, setCells] = useState<Cells>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [nextId, setNextId] = useState(1);
  const failed = loaded.error;

  // The grid is filled once from the stored breakdown; after that it holds the user's edits.
  const stored = loaded.data;
  useEffect(() => {
    if (!stored || order) return;
    const scale = stored.meta.order.sizeScale ?? [...new Set(stored.data.map((line) => line.size))];
    const colours = [...new Set(stored.data.map((line) => line.colour))];
    const grid: Cells = {};
    for (const line of stored.data) (grid[line.colour] ??= {})[line.size] = String(line.quantity);
    setOrder(stored.meta.order);
    setSizes(scale);
    // An empty breakdown still has a row to type or paste into.
    const named = colours.length > 0 ? colours : [''];
    setRows(named.map((colour, i) => ({ id: i + 1, colour })));
    setNextId(named.length + 1);
    setCells(grid);
  }, [stored, order]);

  const cell = (row: Row, size: string) => cells[row.colour]?.[size] ?? '';
  const setCell = (colour: string, size: string, value: string) =>
    setCells((previous) => ({ ...previous, [colour]: { ...(previous[colour] ?? {}), [size]: value } }));

  const renameRow = (row: Row, colour: string) => {
    setCells((previous) => {
      const { [row.colour]: values, ...rest } = previous;
      return { ...rest, [colour]: values ?? {} };
    });
    setRows((previous) => previous.map((r) => (r.id === row.id ? { ...r, colour } : r)));
  };

  const addRow = (colour = `${t('grid.newColour', 'New colour')} ${nextId}`) => {
    setRows((previous) => [...previous, { id: nextId, colour }]);
    setNextId((n) => n + 1);
    return colour;
  };

  /** A block with its header row: each colour's quantities go under the sizes the header names, wherever it lands. */
  const pasteByHeader = (pasted: Array<{ colour: string; quantities: Record<string, string> }>) => {
    let current = rows.filter(
      (row) => row.colour.trim() !== '' || Object.values(cells[row.colour] ?? {}).some(Boolean)
    );
    let id = nextId;
    const next: Cells = { ...cells };
    for (const { colour, quantities } of pasted) {
      const existing = current.find((row) => row.colour.trim().toLowerCase() === colour.trim().toLowerCase());
      const name = existing?.colour ?? colour;
      if (!existing) {
        current = [...current, { id, colour }];
        id += 1;
      }
      next[name] = { ...(next[name] ?? {}), ...quantities };
    }
    setRows(current);
    setNextId(id);
    setCells(next);
  };

  /** A block pasted from Excel fills the grid from the cell it lands in, adding colours as needed. */
  const onPaste = (rowIndex: number, columnIndex: number) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    const block = parseClipboardBlock(event.clipboardData.getData('text/plain'));
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return;
    event.preventDefault();
    const read = readSizeBlock(block, sizes);
    if (read.kind === 'refused') {
      toggleNotification({
        type: 'warning',
        message: t('grid.paste.unknownSizes', 'Not pasted: the style has no size {sizes}. Its sizes are {known}.', {
          sizes: read.unknownSizes.join(', '),
          known: sizes.join(', '),
        }),
      });
      return;
    }
    if (read.kind === 'header') return pasteByHeader(read.rows);
    let current = [...rows];
    let id = nextId;
    const next: Cells = { ...cells };
    block.forEach((values, r) => {
      let row = current[rowIndex + r];
      if (!row) {
        row = { id, colour: `${t('grid.newColour', 'New colour')} ${id}` };
        id += 1;
        current = [...current, row];
      }
      values.forEach((value, c) => {
        const column = columnIndex + c;
        if (column === -1) {
          if (value) {
            next[value] = next[row.colour] ?? {};
            if (value !== row.colour) delete next[row.colour];
            current = current.map((x) => (x.id === row.id ? { ...x, colour: value } : x));
            row = { ...row, colour: value };
          }
        } else if (sizes[column]) {
          next[row.colour] = { ...(next[row.colour] ?? {}), [sizes[column]]: value.replace(/[^\d.-]/g, '') };
        }
      });
    });
    setRows(current);
    setNextId(id);
    setCells(next);
  };

  const payload = (): OrderLineInput[] =>
    rows.flatMap((row) =>
      sizes
        .filter((size) => cell(row, size).trim() !== '' && toNumber(cell(row, size)) !== 0)
        .map((size) => ({ colour: row.colour, size, quantity: Number(cell(row, size)) }))
    );

  const save = async () => {
    const lines = payload();
    setSaving(true);
    setErrors({});
    setReasonError(undefined);
    try {
      const result = await replaceOrderLines({
        documentId: String(documentId),
        data: lines,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      if (!('data' in result)) throw result.error;
      const data = result.data as GetOrderLines.Response;
      setOrder(data.meta.order);
      setReason('');
      toggleNotification({
        type: 'success',
        message: t('grid.saved', 'Size breakdown saved: {total} pieces', {
          total: formatNumber(data.meta.totals.quantity),
        }),
      });
    } catch (error) {
      // The admin's API error: the message, and per field the rule's message in the user's language.
      const details = (error ?? {}) as {
        message?: string;
        details?: { errors?: Array<{ path: string[]; message: string; messageZh?: string }> };
      };
      const found: Record<string, string> = {};
      for (const problem of details.details?.errors ?? []) {
        const message = zh && problem.messageZh ? problem.messageZh : problem.message;
        if (problem.path[0] === 'reason') setReasonError(message);
        const line = lines[Number(problem.path[1])];
        if (problem.path[0] === 'data' && line) found[`${line.colour}\u0000${line.size}`] = message;
      }
      setErrors(found);
      toggleNotification({
        type: 'danger',
        message:
          (zh ? details.details?.errors?.find((problem) => problem.messageZh)?.messageZh : undefined) ??
          details.message ??
          t('grid.invalid', 'Some cells need attention'),
      });
    } finally {
      setSaving(false);
    }
  };

  if (failed) return <Page.Error />;
  if (!order) return <Page.Loading />;

  const rowTotal = (row: Row) => sizes.reduce((sum, size) => sum + toNumber(cell(row, size)), 0);
  const columnTotal = (size: string) => rows.reduce((sum, row) => sum + toNumber(cell(row, size)), 0);
  const grand = rows.reduce((sum, row) => sum + rowTotal(row), 0);

  return (
    <Page.Main>
      <Page.Title>{t('grid.title', 'Size breakdown of {po}', { po: order.poNumber })}</Page.Title>
      <Layouts.Header
        title={t('grid.title', 'Size breakdown of {po}', { po: order.poNumber })}
        subtitle={t('grid.subtitle', "Rows are colours, columns the style's sizes.")}
        navigationAction={
          <TextLink to={orderEditUrl(order.documentId)}>{t('grid.back', 'Back to the order')}</TextLink>
        }
        primaryAction={
          <Button onClick={save} loading={saving} data-testid="grid-save">
            {t('grid.save', 'Save breakdown')}
          </Button>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
          <table data-testid="size-grid" style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left', padding: 6 }}>
                  <Typography variant="sigma">{t('grid.colour', 'Colour')}</Typography>
                </th>
                {sizes.map((size) => (
                  <th key={size} style={{ padding: 6 }}>
                    <Typography variant="sigma">{size}</Typography>
                  </th>
                ))}
                <th style={{ padding: 6 }}>
                  <Typography variant="sigma">{t('grid.total', 'Total')}</Typography>
                </th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={row.id}>
                  <td style={{ padding: 4, minWidth: 160 }}>
                    <TextInput
                      aria-label={t('grid.colour', 'Colour')}
                      value={row.colour}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => renameRow(row, e.target.value)}
                      onPaste={onPaste(rowIndex, -1)}
                    />
                  </td>
                  {sizes.map((size, columnIndex) => {
                    const problem = errors[`${row.colour}\u0000${size}`];
                    return (
                      <td key={size} style={{ padding: 4, minWidth: 80 }}>
                        <Field.Root name={`${row.colour}-${size}`} error={problem}>
                          <Field.Input
                            aria-label={`${row.colour} ${size}`}
                            inputMode="numeric"
                            value={cell(row, size)}
                            onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                              setCell(row.colour, size, e.target.value)
                            }
                            onPaste={onPaste(rowIndex, columnIndex)}
                          />
                          <Field.Error />
                        </Field.Root>
                      </td>
                    );
                  })}
                  <td style={{ padding: 6, textAlign: 'right' }}>
                    <Typography fontWeight="bold">{formatNumber(rowTotal(row))}</Typography>
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      size="S"
                      onClick={() => setRows((previous) => previous.filter((r) => r.id !== row.id))}
                    >
                      {t('grid.removeColour', 'Remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td style={{ padding: 6 }}>
                  <Typography variant="sigma">{t('grid.total', 'Total')}</Typography>
                </td>
                {sizes.map((size) => (
                  <td key={size} style={{ padding: 6, textAlign: 'right' }}>
                    <Typography fontWeight="bold">{formatNumber(columnTotal(size))}</Typography>
                  </td>
                ))}
                <td style={{ padding: 6, textAlign: 'right' }}>
                  <Typography fontWeight="bold" data-testid="grid-grand-total">
                    {formatNumber(grand)}
                  </Typography>
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
          <Flex paddingTop={3} gap={4} alignItems="flex-start">
            <Button variant="secondary" onClick={() => addRow()}>
              {t('grid.addColour', 'Add colour')}
            </Button>
            <Box style={{ flex: 1 }}>
              <Field.Root
                name="reason"
                error={reasonError}
                hint={t('grid.reason.hint', 'Required once the order is past received.')}
              >
                <Field.Label>{t('grid.reason', 'Reason for the change')}</Field.Label>
                <Textarea
                  value={reason}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Box>
          </Flex>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
