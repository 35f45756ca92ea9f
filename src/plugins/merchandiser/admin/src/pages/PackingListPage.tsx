import { Badge, Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { checkCartonRows, packingTotals } from '../../../../../modules/shipping/domain/packing';
import { checkShipmentInScope } from '../../../../../modules/shipping/domain/tolerance';
import type { GetPackingEditor } from '../../../../../modules/shipping/contracts';
import { orderEditUrl, recordUrl } from '../components/links';
import { TextLink } from '../components/TextLink';
import { parseClipboardBlock } from '../grid/paste';
import { useAdminGet } from '../hooks/useAdminGet';
import { useT } from '../hooks/useT';
import {
  cartonRowsOf,
  cellOf,
  columnsOf,
  copyBelow,
  countable,
  draftsOf,
  fillDown,
  MEASURES,
  pasteBlock,
  withCell,
  type CartonDraft,
} from '../packing/cartons';

const LISTS = 'api::packing-list.packing-list';
const MEASURE_COLUMNS = new Set<string>(MEASURES);
type Kind = 'simulated' | 'final';
interface ApiError {
  message?: string;
  details?: { errors?: Array<{ path: string[]; message: string; messageZh?: string }> };
}

/**
 * The packing list editor (箱单): carton rows with their range, colour and a
 * size grid (never JSON), copied down or filled down (Ctrl+D) as in Excel,
 * pasted from the packing sheet; live cartons, pieces, CBM and weights, and
 * the verdict against the order's tolerance per colour as you type. The final
 * list starts from the simulated one. It saves through the Content Manager,
 * so every packing rule holds and its refusals show in their cell.
 */
export const PackingListPage = () => {
  const t = useT();
  const { documentId } = useParams<{ documentId: string }>();
  const { locale, formatNumber } = useIntl();
  const zh = locale.startsWith('zh');
  const { post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const loaded = useAdminGet<GetPackingEditor.Response>(
    documentId ? `/merchandiser/orders/${documentId}/packing` : null
  );
  const editor = loaded.data?.data ?? null;

  const [kind, setKind] = useState<Kind | null>(null);
  const [drafts, setDrafts] = useState<CartonDraft[]>([]);
  const [approvedBy, setApprovedBy] = useState('');
  const [nextKey, setNextKey] = useState(1);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const current = kind && editor ? editor[kind] : null;
  useEffect(() => {
    if (!editor) return;
    const chosen = kind ?? (editor.final || editor.simulated ? 'final' : 'simulated');
    if (!kind) setKind(chosen);
    const list = editor[chosen];
    setDrafts(draftsOf(list?.cartons ?? []));
    setNextKey((list?.cartons.length ?? 0) + 1);
    setApprovedBy(list?.deviationApprovedBy ?? '');
    setServerErrors({});
  }, [editor, kind]);

  const sizes = editor?.sizes ?? [];
  const columns = useMemo(() => columnsOf(sizes), [sizes]);
  const rows = useMemo(() => cartonRowsOf(drafts), [drafts]);
  const totals = useMemo(() => packingTotals(countable(rows)), [rows]);
  const live = useMemo(() => checkCartonRows(rows), [rows]);
  const verdict = useMemo(
    () =>
      editor
        ? checkShipmentInScope(
            editor.lines,
            { total: totals.pieces, byColourSize: totals.quantities },
            editor.tolerance
          )
        : null,
    [editor, totals]
  );
  const say = (v: { message: string; messageZh?: string }) => (zh && v.messageZh ? v.messageZh : v.message);
  const errors: Record<string, string> = { ...serverErrors };
  for (const violation of live) errors[violation.path.join('.')] ??= say(violation);

  const key = () => {
    const value = nextKey;
    setNextKey((k) => k + 1);
    return value;
  };
  const setCell = (index: number, column: string, value: string) =>
    setDrafts((previous) => previous.map((draft, i) => (i === index ? withCell(draft, column, value) : draft)));
  const addRow = () =>
    setDrafts((previous) =>
      previous.length
        ? copyBelow(previous, previous.length - 1, key())
        : draftsOf(
            [
              {
                fromCarton: 1,
                toCarton: 1,
                colour: editor?.lines[0]?.colour ?? '',
                sizes: {},
                lengthCm: 60,
                widthCm: 40,
                heightCm: 32,
                netKg: 0,
                grossKg: 0,
              },
            ],
            key()
          )
    );
  const startFromSimulated = () => {
    if (!editor?.simulated) return;
    setDrafts(draftsOf(editor.simulated.cartons, nextKey));
    setNextKey((k) => k + (editor.simulated?.cartons.length ?? 0));
  };
  const onKey = (index: number, column: string) => (event: React.KeyboardEvent<HTMLInputElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'd') {
      event.preventDefault();
      setDrafts((previous) => fillDown(previous, index, column));
    }
  };
  const onPaste = (index: number, columnIndex: number) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    const block = parseClipboardBlock(event.clipboardData.getData('text/plain'));
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return;
    event.preventDefault();
    let k = nextKey;
    setDrafts((previous) => pasteBlock(previous, block, { row: index, column: columnIndex }, columns, () => k++));
    setNextKey(k + block.length);
  };

  const save = async () => {
    if (!editor || !kind) return;
    setSaving(true);
    setServerErrors({});
    const data = { cartons: rows, deviationApprovedBy: approvedBy.trim() || null };
    try {
      const res = current
        ? await put<{ data: { title: string } }>(
            `/content-manager/collection-types/${LISTS}/${current.documentId}`,
            data
          )
        : await post<{ data: { title: string } }>(`/content-manager/collection-types/${LISTS}`, {
            ...data,
            kind,
            order: { connect: [{ documentId: editor.order.documentId }] },
          });
      toggleNotification({
        type: 'success',
        message: t('packing.saved', 'Packing list saved: {title}', { title: res.data.data.title }),
      });
      loaded.reload();
    } catch (error) {
      const body = (error as { response?: { data?: { error?: ApiError } } }).response?.data?.error ?? {};
      const found: Record<string, string> = {};
      for (const problem of body.details?.errors ?? []) found[problem.path.join('.')] = say(problem);
      setServerErrors(found);
      const first = body.details?.errors?.[0];
      toggleNotification({
        type: 'danger',
        message: (first ? say(first) : body.message) ?? t('packing.invalid', 'Some cells need attention'),
      });
    } finally {
      setSaving(false);
    }
  };

  if (loaded.error) return <Page.Error />;
  if (!editor || !kind) return <Page.Loading />;

  const heading = t('packing.title', 'Packing list of {po}', { po: editor.order.poNumber });
  const measureLabel: Record<string, string> = {
    lengthCm: t('packing.length', 'L cm'),
    widthCm: t('packing.width', 'W cm'),
    heightCm: t('packing.height', 'H cm'),
    netKg: t('packing.net', 'Net kg'),
    grossKg: t('packing.gross', 'Gross kg'),
  };
  const headingOf = (column: string) =>
    column === 'fromCarton'
      ? t('packing.from', 'From')
      : column === 'toCarton'
        ? t('packing.to', 'To')
        : column === 'colour'
          ? t('packing.colour', 'Colour')
          : column.startsWith('size:')
            ? column.slice(5)
            : measureLabel[column];
  // Measures need room for 7.68; sizes and carton numbers for three digits.
  const widthOf = (column: string) => (column === 'colour' ? 90 : MEASURE_COLUMNS.has(column) ? 62 : 46);
  const fieldOf = (column: string) => (column.startsWith('size:') ? 'sizes' : column);

  return (
    <Page.Main>
      <Page.Title>{heading}</Page.Title>
      <Layouts.Header
        title={heading}
        subtitle={t(
          'packing.subtitle',
          'Carton by carton: copy a row down, Ctrl+D fills from above, paste from the packing sheet; totals and the tolerance follow as you type.'
        )}
        primaryAction={
          <Button onClick={save} loading={saving} disabled={drafts.length === 0} data-testid="packing-save">
            {kind === 'final'
              ? t('packing.saveFinal', 'Save the final list')
              : t('packing.saveSimulated', 'Save the simulated list')}
          </Button>
        }
        navigationAction={<TextLink to={orderEditUrl(editor.order.documentId)}>{editor.order.poNumber}</TextLink>}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex gap={3} wrap="wrap" alignItems="center">
              {(['final', 'simulated'] as const).map((choice) => (
                <Button
                  key={choice}
                  variant={kind === choice ? 'default' : 'tertiary'}
                  onClick={() => setKind(choice)}
                  data-testid={`packing-kind-${choice}`}
                >
                  {choice === 'final' ? t('packing.final', 'Final list') : t('packing.simulated', 'Simulated list')}
                </Button>
              ))}
              {current && (
                <TextLink to={recordUrl(LISTS, current.documentId)}>{current.title ?? current.documentId}</TextLink>
              )}
              {kind === 'final' && editor.simulated && (
                <Button variant="secondary" onClick={startFromSimulated} data-testid="packing-from-simulated">
                  {t('packing.fromSimulated', 'Start from the simulated list ({cartons} cartons)', {
                    cartons: formatNumber(
                      editor.simulated.cartons.reduce((sum, row) => sum + row.toCarton - row.fromCarton + 1, 0)
                    ),
                  })}
                </Button>
              )}
            </Flex>
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
            <table data-testid="carton-rows" style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} style={{ textAlign: 'left', padding: 4 }}>
                      <Typography variant="sigma">{headingOf(column)}</Typography>
                    </th>
                  ))}
                  <th style={{ textAlign: 'right', padding: 4 }}>
                    <Typography variant="sigma">{t('packing.pieces', 'Pcs')}</Typography>
                  </th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {drafts.length === 0 && (
                  <tr>
                    <td colSpan={columns.length + 2} style={{ padding: 12 }}>
                      <Typography textColor="neutral600">
                        {editor.simulated && kind === 'final'
                          ? t(
                              'packing.emptyFinal',
                              'No final list yet: start from the simulated list above, or add a row.'
                            )
                          : t('packing.empty', 'No cartons yet: add a row, or paste the packing sheet into it.')}
                      </Typography>
                    </td>
                  </tr>
                )}
                {drafts.map((draft, index) => {
                  const row = rows[index];
                  const cartons = Number.isFinite(row.toCarton - row.fromCarton)
                    ? row.toCarton - row.fromCarton + 1
                    : 0;
                  const perCarton = Object.values(row.sizes).reduce(
                    (sum, qty) => sum + (Number.isFinite(qty) ? qty : 0),
                    0
                  );
                  return (
                    <tr key={draft.key} data-testid="carton-row">
                      {columns.map((column, columnIndex) => {
                        const problem =
                          errors[`cartons.${index}.${fieldOf(column)}`] ??
                          (column.startsWith('size:')
                            ? errors[`cartons.${index}.sizes.${column.slice(5)}`]
                            : undefined);
                        return (
                          <td key={column} style={{ padding: 2, minWidth: widthOf(column) }}>
                            <Field.Root name={`cartons.${index}.${column}`} error={problem}>
                              <Field.Input
                                aria-label={`${column} ${index + 1}`}
                                value={cellOf(draft, column)}
                                inputMode={column === 'colour' ? undefined : 'decimal'}
                                onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                                  setCell(index, column, e.target.value)
                                }
                                onKeyDown={onKey(index, column)}
                                onPaste={onPaste(index, columnIndex)}
                              />
                              <Field.Error />
                            </Field.Root>
                          </td>
                        );
                      })}
                      <td style={{ padding: 4, textAlign: 'right' }}>
                        <Typography>{formatNumber(cartons * perCarton)}</Typography>
                      </td>
                      <td style={{ padding: 2, whiteSpace: 'nowrap' }}>
                        <Button
                          variant="tertiary"
                          size="S"
                          onClick={() => setDrafts((previous) => copyBelow(previous, index, key()))}
                          aria-label={`${t('packing.copyBelow', 'Copy below')} ${index + 1}`}
                        >
                          {t('packing.copyBelow', 'Copy below')}
                        </Button>
                        <Button
                          variant="ghost"
                          size="S"
                          onClick={() => setDrafts((previous) => previous.filter((_, i) => i !== index))}
                          aria-label={`${t('packing.remove', 'Remove')} ${index + 1}`}
                        >
                          ×
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <Flex paddingTop={3} gap={4} wrap="wrap" justifyContent="space-between">
              <Button variant="secondary" onClick={addRow} data-testid="packing-add-row">
                {t('packing.addRow', 'Add a row')}
              </Button>
              <Flex gap={4} wrap="wrap" data-testid="packing-totals">
                <Typography fontWeight="bold" data-testid="packing-total-cartons">
                  {t('packing.totalCartons', '{n} cartons', { n: formatNumber(totals.cartons) })}
                </Typography>
                <Typography fontWeight="bold" data-testid="packing-total-pieces">
                  {t('packing.totalPieces', '{n} pieces', { n: formatNumber(totals.pieces) })}
                </Typography>
                <Typography data-testid="packing-total-cbm">
                  {`${formatNumber(totals.cbm, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} m³`}
                </Typography>
                <Typography>
                  {t('packing.weights', 'net {net} kg · gross {gross} kg', {
                    net: formatNumber(totals.netKg),
                    gross: formatNumber(totals.grossKg),
                  })}
                </Typography>
              </Flex>
            </Flex>
          </Box>

          {verdict && (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid="packing-tolerance">
              <Flex gap={3} paddingBottom={2} alignItems="center">
                <Typography variant="delta" tag="h2">
                  {t('packing.tolerance', 'Against the order (−{under} % / +{over} %)', {
                    under: verdict.underPct,
                    over: verdict.overPct,
                  })}
                </Typography>
                <Badge active={!!verdict.within} data-testid="packing-verdict">
                  {verdict.within ? t('packing.within', 'Within tolerance') : t('packing.outside', 'Outside tolerance')}
                </Badge>
              </Flex>
              <table style={{ borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    {[
                      t('packing.colour', 'Colour'),
                      t('packing.ordered', 'Ordered'),
                      t('packing.packed', 'Packed'),
                      t('packing.allowed', 'Allowed'),
                      '',
                    ].map((label, i) => (
                      <th key={i} style={{ textAlign: 'left', padding: '4px 12px 4px 0' }}>
                        <Typography variant="sigma">{label}</Typography>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {(verdict.cells.length > 0
                    ? verdict.cells
                    : [
                        {
                          colour: t('packing.wholeOrder', 'Whole order'),
                          size: null,
                          ordered: verdict.ordered,
                          shipped: verdict.shipped ?? 0,
                          allowedMin: verdict.allowedMin,
                          allowedMax: verdict.allowedMax,
                          within: !!verdict.within,
                        },
                      ]
                  ).map((cell) => (
                    <tr key={`${cell.colour}:${cell.size ?? ''}`} data-testid="packing-colour">
                      <td style={{ padding: '4px 12px 4px 0' }}>
                        <Typography>{cell.size ? `${cell.colour} · ${cell.size}` : cell.colour}</Typography>
                      </td>
                      <td style={{ padding: '4px 12px 4px 0' }}>
                        <Typography>{formatNumber(cell.ordered)}</Typography>
                      </td>
                      <td style={{ padding: '4px 12px 4px 0' }}>
                        <Typography>{formatNumber(cell.shipped)}</Typography>
                      </td>
                      <td style={{ padding: '4px 12px 4px 0' }}>
                        <Typography>{`${formatNumber(cell.allowedMin)} – ${formatNumber(cell.allowedMax)}`}</Typography>
                      </td>
                      <td>
                        <Typography textColor={cell.within ? 'success600' : 'danger600'} fontWeight="bold">
                          {cell.within
                            ? t('packing.cellWithin', 'within')
                            : cell.shipped < cell.allowedMin
                              ? t('packing.cellShort', 'short by {n}', {
                                  n: formatNumber(cell.allowedMin - cell.shipped),
                                })
                              : t('packing.cellOver', 'over by {n}', {
                                  n: formatNumber(cell.shipped - cell.allowedMax),
                                })}
                        </Typography>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {!verdict.within && (
                <Box paddingTop={3} maxWidth="420px">
                  <Field.Root
                    name="deviationApprovedBy"
                    error={errors.deviationApprovedBy}
                    hint={t('packing.approvedHint', 'Outside tolerance, the buyer’s approval is named here.')}
                  >
                    <Field.Label>{t('packing.approvedBy', 'Deviation approved by')}</Field.Label>
                    <TextInput
                      value={approvedBy}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => setApprovedBy(e.target.value)}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Box>
              )}
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
