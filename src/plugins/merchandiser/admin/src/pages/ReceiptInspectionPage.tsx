import {
  Badge,
  Box,
  Button,
  Checkbox,
  Combobox,
  ComboboxOption,
  Field,
  Flex,
  Grid,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { format } from 'date-fns';
import { Fragment, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { judgeReceipt } from '../../../../../modules/materials/domain/inspection';
import { evaluateFourPoint } from '../../../../../modules/materials/domain/four-point';
import type { GetReceiptLines, ReceiptLineOption } from '../../../shared/contracts/receipts';
import { recordUrl } from '../components/links';
import { TextLink } from '../components/TextLink';
import { parseClipboardBlock } from '../grid/paste';
import { useAdminGet } from '../hooks/useAdminGet';
import { useT } from '../hooks/useT';
import {
  emptyRoll,
  pasteRolls,
  type RollColumn,
  rollsOf,
  scoreOf,
  TALLY_FIELDS,
  type RollRow,
} from '../receipts/rolls';

const RECEIPTS = 'api::material-receipt.material-receipt';
const today = () => format(new Date(), 'yyyy-MM-dd');
const num = (text: string) => (text.trim() === '' ? null : Number(text.replace(/,/g, '')));

interface Form {
  receivedAt: string;
  quantity: string;
  lots: string;
  inspectedAt: string;
  shrinkageLengthPct: string;
  shrinkageWidthPct: string;
  measuredWidthCm: string;
  qcRejectReason: string;
  conditionalAcceptance: boolean;
  conditionalReason: string;
  rejectedQuantity: string;
  returnedAt: string;
  returnNote: string;
  cuttingApproved: boolean;
  tradeSignedOff: boolean;
}

const FRESH: Form = {
  receivedAt: today(),
  quantity: '',
  lots: '',
  inspectedAt: today(),
  shrinkageLengthPct: '',
  shrinkageWidthPct: '',
  measuredWidthCm: '',
  qcRejectReason: '',
  conditionalAcceptance: false,
  conditionalReason: '',
  rejectedQuantity: '',
  returnedAt: '',
  returnNote: '',
  cuttingApproved: false,
  tradeSignedOff: false,
};

interface ApiError {
  message?: string;
  details?: { errors?: Array<{ path: string[]; message: string; messageZh?: string }> };
}

/**
 * Receipt inspection (到库检验) on one screen: pick the PO line by supplier,
 * PO or material; count; measure shrinkage and width; score the rolls on the
 * 4-point system as you type — per roll and the lot's verdict, with the same
 * rules and the customer's limits the server applies — then sign off. It saves
 * through the Content Manager, so the server checks it again and its refusals
 * show at the field they name.
 */
export const ReceiptInspectionPage = () => {
  const t = useT();
  const { locale, formatNumber } = useIntl();
  const zh = locale.startsWith('zh');
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();

  const [query, setQuery] = useState('');
  const options = useAdminGet<GetReceiptLines.Response>('/merchandiser/receipts/lines', { q: query });
  const [line, setLine] = useState<ReceiptLineOption | null>(null);
  const [form, setForm] = useState<Form>(FRESH);
  const [rows, setRows] = useState<RollRow[]>([emptyRoll(1)]);
  const [nextKey, setNextKey] = useState(2);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ documentId: string; title: string } | null>(null);

  const set = <K extends keyof Form>(field: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [field]: value }));
  const errorAt = (...path: Array<string | number>) => errors[path.join('.')];

  const rolls = useMemo(() => rollsOf(rows), [rows]);
  const scorable = rolls.filter((roll) => roll.length > 0 && roll.cuttableWidth > 0);
  const limits = line?.limits ?? null;
  const material = line?.material ?? null;
  const lot = limits && scorable.length > 0 ? evaluateFourPoint(scorable, limits.fourPoint) : null;
  const verdict =
    limits && material
      ? judgeReceipt(
          {
            kind: material.kind,
            construction: material.construction,
            orderedWidthCm: material.widthCm,
            inspectedAt: form.inspectedAt || null,
            shrinkageLengthPct: num(form.shrinkageLengthPct),
            shrinkageWidthPct: num(form.shrinkageWidthPct),
            measuredWidthCm: num(form.measuredWidthCm),
            rolls: scorable,
            qcRejectReason: form.qcRejectReason || null,
            conditionalAcceptance: form.conditionalAcceptance,
            conditionalReason: form.conditionalReason || null,
          },
          limits
        )
      : null;

  const addRoll = () => {
    setRows((previous) => [...previous, emptyRoll(nextKey, previous[previous.length - 1])]);
    setNextKey((key) => key + 1);
  };
  const setRoll = (index: number, field: keyof RollRow, value: string) =>
    setRows((previous) => previous.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const onRollPaste = (index: number, column: RollColumn) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    const block = parseClipboardBlock(event.clipboardData.getData('text/plain'));
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return;
    event.preventDefault();
    let key = nextKey;
    setRows((previous) => pasteRolls(previous, block, { row: index, column }, () => key++));
    setNextKey(key + block.length);
  };
  // Enter in the last cell of the last roll adds the next roll: the keyboard never leaves the table.
  const onRollKey = (index: number) => (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && index === rows.length - 1) {
      event.preventDefault();
      addRoll();
    }
  };

  const save = async () => {
    if (!line) return;
    setSaving(true);
    setErrors({});
    const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
    const data = {
      purchaseOrderLine: { connect: [{ documentId: line.documentId }] },
      receivedAt: form.receivedAt,
      quantity: num(form.quantity),
      rolls: rolls.length || null,
      lots: orNull(form.lots),
      inspectedAt: orNull(form.inspectedAt),
      shrinkageLengthPct: num(form.shrinkageLengthPct),
      shrinkageWidthPct: num(form.shrinkageWidthPct),
      measuredWidthCm: num(form.measuredWidthCm),
      fourPoint: rolls,
      qcRejectReason: orNull(form.qcRejectReason),
      conditionalAcceptance: form.conditionalAcceptance,
      conditionalReason: orNull(form.conditionalReason),
      rejectedQuantity: num(form.rejectedQuantity),
      returnedAt: orNull(form.returnedAt),
      returnNote: orNull(form.returnNote),
      cuttingApproved: form.cuttingApproved,
      tradeSignedOff: form.tradeSignedOff,
    };
    try {
      const res = await post<{ data: { documentId: string; title: string } }>(
        `/content-manager/collection-types/${RECEIPTS}`,
        data
      );
      setSaved(res.data.data);
      toggleNotification({
        type: 'success',
        message: t('receipt.saved', 'Receipt saved: {title}', { title: res.data.data.title }),
      });
    } catch (error) {
      const body = (error as { response?: { data?: { error?: ApiError } } }).response?.data?.error ?? {};
      const found: Record<string, string> = {};
      for (const problem of body.details?.errors ?? [])
        found[problem.path.join('.')] = zh && problem.messageZh ? problem.messageZh : problem.message;
      setErrors(found);
      const first = body.details?.errors?.[0];
      toggleNotification({
        type: 'danger',
        message:
          (zh ? first?.messageZh : undefined) ?? body.message ?? t('receipt.invalid', 'Some fields need attention'),
      });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof Form, label: string, hint?: string) => (
    <Field.Root name={name} error={errorAt(name)} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        value={form[name] as string}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(name, e.target.value as never)}
        inputMode={name.endsWith('At') ? undefined : 'decimal'}
        type={name.endsWith('At') ? 'date' : 'text'}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
  const resultLabel = (result: string | null) => t(`summary.result.${result ?? 'none'}`, result ?? 'Not inspected yet');

  return (
    <Page.Main>
      <Page.Title>{t('receipt.title', 'Receipt inspection')}</Page.Title>
      <Layouts.Header
        title={t('receipt.title', 'Receipt inspection')}
        subtitle={t('receipt.subtitle', 'Count, measure and score the rolls; the verdict follows as you type.')}
        primaryAction={
          <Button onClick={save} loading={saving} disabled={!line} data-testid="receipt-save">
            {t('receipt.save', 'Save receipt')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Field.Root name="purchaseOrderLine" error={errorAt('purchaseOrderLine')}>
              <Field.Label>
                {t('receipt.line', 'Purchase order line — search by supplier, PO number or material')}
              </Field.Label>
              <Combobox
                data-testid="receipt-line"
                placeholder={t('receipt.line.placeholder', 'e.g. Jiangnan, SKJ-2612 or FAB-TWILL')}
                autocomplete={{ type: 'list', filter: 'contains' }}
                loading={options.loading}
                noOptionsMessage={() => t('receipt.line.none', 'No open purchase order line matches.')}
                onInputChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)}
                onChange={(value?: string) => {
                  const picked = options.data?.data.find((option) => option.documentId === value) ?? null;
                  setLine(picked);
                  setSaved(null);
                }}
                value={line?.documentId}
              >
                {(options.data?.data ?? []).map((option) => (
                  <ComboboxOption key={option.documentId} value={option.documentId}>
                    {`${option.title} · ${option.purchaseOrder?.supplier?.name ?? ''}`}
                  </ComboboxOption>
                ))}
              </Combobox>
              <Field.Error />
            </Field.Root>
            {line && (
              <Flex gap={4} paddingTop={3} wrap="wrap" data-testid="receipt-line-facts">
                <Typography>
                  {line.purchaseOrder?.supplier?.name}
                  {line.purchaseOrder?.supplier?.phone && (
                    <>
                      {' · '}
                      <a href={`tel:${line.purchaseOrder.supplier.phone}`}>{line.purchaseOrder.supplier.phone}</a>
                    </>
                  )}
                </Typography>
                <Typography>
                  {material?.code} {material?.name}
                  {material?.construction
                    ? ` · ${t(`receipt.construction.${material.construction}`, material.construction)}`
                    : ''}
                  {material?.widthCm ? ` · ${formatNumber(material.widthCm)} cm` : ''}
                </Typography>
                <Typography>
                  {t('receipt.ordered', 'Ordered {ordered} {unit}, received so far {received}', {
                    ordered: formatNumber(line.quantity),
                    received: formatNumber(line.received),
                    unit: material?.unit ?? '',
                  })}
                </Typography>
                <Typography textColor="neutral600">
                  {t(
                    'receipt.limits',
                    'Limits: shrinkage ±{woven} % woven / ±{knit} % knit; 4-point {perRoll} per roll, {lot} lot average',
                    {
                      woven: line.limits.shrinkageWovenPct,
                      knit: line.limits.shrinkageKnitPct,
                      perRoll: line.limits.fourPoint.perRoll,
                      lot: line.limits.fourPoint.lotAverage,
                    }
                  )}
                </Typography>
              </Flex>
            )}
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Typography variant="delta" tag="h2">
              {t('receipt.count', 'Counted')}
            </Typography>
            <Grid.Root gap={4} paddingTop={2}>
              <Grid.Item col={3} s={6}>
                {field('receivedAt', t('receipt.receivedAt', 'Received on'))}
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('quantity', t('receipt.quantity', 'Quantity counted'))}
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('lots', t('receipt.lots', 'Dye lots'))}
              </Grid.Item>
            </Grid.Root>
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Typography variant="delta" tag="h2">
              {t('receipt.inspection', 'Inspection')}
            </Typography>
            <Grid.Root gap={4} paddingTop={2}>
              <Grid.Item col={3} s={6}>
                {field('inspectedAt', t('receipt.inspectedAt', 'Inspected on'))}
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('shrinkageLengthPct', t('receipt.shrinkageLength', 'Shrinkage, length %'))}
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('shrinkageWidthPct', t('receipt.shrinkageWidth', 'Shrinkage, width %'))}
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('measuredWidthCm', t('receipt.measuredWidth', 'Measured width, cm'))}
              </Grid.Item>
            </Grid.Root>

            <Box paddingTop={4} overflow="auto">
              <table data-testid="roll-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    {[
                      t('receipt.roll.no', 'Roll'),
                      t('receipt.roll.length', 'Length'),
                      '',
                      t('receipt.roll.width', 'Cuttable width'),
                      '',
                      t('receipt.roll.points', 'Points'),
                      t('receipt.roll.upTo3', '≤3″ (1)'),
                      t('receipt.roll.3to6', '3–6″ (2)'),
                      t('receipt.roll.6to9', '6–9″ (3)'),
                      t('receipt.roll.over9', '>9″ (4)'),
                      t('receipt.roll.holeSmall', 'Hole ≤1″ (2)'),
                      t('receipt.roll.holeLarge', 'Hole >1″ (4)'),
                      t('receipt.roll.score', 'Points / 100 yd²'),
                    ].map((header, i) => (
                      <th key={i} style={{ textAlign: 'left', padding: 4 }}>
                        <Typography variant="sigma">{header}</Typography>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => {
                    const scored = scoreOf(row);
                    const pass = scored && limits ? scored.score <= limits.fourPoint.perRoll : null;
                    const cell = (name: RollColumn, width = 72) => (
                      <td style={{ padding: 2, minWidth: width }}>
                        <Field.Root name={`fourPoint.${index}.${name}`} error={errorAt('fourPoint', index, name)}>
                          <Field.Input
                            aria-label={`${name} ${index + 1}`}
                            value={row[name]}
                            inputMode={name === 'rollNo' ? undefined : 'decimal'}
                            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setRoll(index, name, e.target.value)}
                            onPaste={onRollPaste(index, name)}
                            onKeyDown={name === 'holesOver1in' ? onRollKey(index) : undefined}
                          />
                          <Field.Error />
                        </Field.Root>
                      </td>
                    );
                    const unit = (name: 'lengthUnit' | 'widthUnit', choices: readonly string[]) => (
                      <td style={{ padding: 2 }}>
                        <select
                          aria-label={`${name} ${index + 1}`}
                          value={row[name]}
                          onChange={(e) => setRoll(index, name, e.target.value)}
                        >
                          {choices.map((choice) => (
                            <option key={choice}>{choice}</option>
                          ))}
                        </select>
                      </td>
                    );
                    return (
                      <tr key={row.key} data-testid="roll-row">
                        {cell('rollNo', 80)}
                        {cell('length')}
                        {unit('lengthUnit', ['yd', 'm'])}
                        {cell('cuttableWidth')}
                        {unit('widthUnit', ['in', 'cm'])}
                        {cell('points', 64)}
                        {TALLY_FIELDS.map((name) => (
                          <Fragment key={name}>{cell(name, 56)}</Fragment>
                        ))}
                        <td style={{ padding: 4, whiteSpace: 'nowrap' }} data-testid="roll-score">
                          {scored ? (
                            <Badge
                              backgroundColor={pass ? 'success100' : 'danger100'}
                              textColor={pass ? 'success700' : 'danger700'}
                            >
                              {formatNumber(scored.score)}
                            </Badge>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <Flex paddingTop={2} gap={2}>
                <Button variant="secondary" onClick={addRoll} data-testid="add-roll">
                  {t('receipt.roll.add', 'Add roll')}
                </Button>
                <Typography variant="pi" textColor="neutral600">
                  {t(
                    'receipt.roll.hint',
                    'Paste a block from the inspection sheet; Enter in the last cell adds a roll.'
                  )}
                </Typography>
              </Flex>
            </Box>
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid="receipt-verdict">
            <Flex gap={3} alignItems="center">
              <Typography variant="delta" tag="h2">
                {t('receipt.verdict', 'Verdict')}
              </Typography>
              <Badge
                data-testid="receipt-result"
                backgroundColor={
                  verdict?.result === 'pass' ? 'success100' : verdict?.result === 'fail' ? 'danger100' : 'warning100'
                }
                textColor={
                  verdict?.result === 'pass' ? 'success700' : verdict?.result === 'fail' ? 'danger700' : 'warning700'
                }
              >
                {verdict ? resultLabel(verdict.result) : t('receipt.pickLine', 'Pick the purchase order line')}
              </Badge>
              {lot?.lotAverage !== null && lot?.lotAverage !== undefined && (
                <Typography data-testid="receipt-lot-average">
                  {t('receipt.lotAverage', 'Lot average {average} points / 100 yd²', {
                    average: formatNumber(lot.lotAverage),
                  })}
                </Typography>
              )}
            </Flex>
            <Box paddingTop={2}>
              {(zh ? verdict?.findingsZh : verdict?.findings)?.map((finding) => (
                <Typography key={finding} tag="p" textColor="danger600">
                  {finding}
                </Typography>
              ))}
            </Box>
            <Grid.Root gap={4} paddingTop={3}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Checkbox
                  checked={form.conditionalAcceptance}
                  onCheckedChange={(checked: boolean) => set('conditionalAcceptance', checked === true)}
                >
                  {t('receipt.conditional', 'Accept conditionally (让步接收)')}
                </Checkbox>
                <Field.Root name="conditionalReason" error={errorAt('conditionalReason')}>
                  <Field.Label>{t('receipt.conditionalReason', 'Why it is accepted')}</Field.Label>
                  <Textarea
                    value={form.conditionalReason}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('conditionalReason', e.target.value)}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="qcRejectReason" error={errorAt('qcRejectReason')}>
                  <Field.Label>{t('receipt.qcReject', 'Rejected by QC for (shade, article…)')}</Field.Label>
                  <Textarea
                    value={form.qcRejectReason}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('qcRejectReason', e.target.value)}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('rejectedQuantity', t('receipt.rejectedQuantity', 'Rejected quantity'))}
              </Grid.Item>
              <Grid.Item col={3} s={6}>
                {field('returnedAt', t('receipt.returnedAt', 'Returned to supplier on'))}
              </Grid.Item>
              <Grid.Item col={6} s={12}>
                {field('returnNote', t('receipt.returnNote', 'Return note'))}
              </Grid.Item>
            </Grid.Root>
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Typography variant="delta" tag="h2">
              {t('receipt.signoff', 'Sign-off')}
            </Typography>
            <Flex gap={6} paddingTop={2}>
              <Field.Root name="cuttingApproved" error={errorAt('cuttingApproved')}>
                <Checkbox
                  checked={form.cuttingApproved}
                  onCheckedChange={(checked: boolean) => set('cuttingApproved', checked === true)}
                >
                  {t('receipt.cuttingApproved', 'Approved for cutting (QC)')}
                </Checkbox>
                <Field.Error />
              </Field.Root>
              <Field.Root name="tradeSignedOff" error={errorAt('tradeSignedOff')}>
                <Checkbox
                  checked={form.tradeSignedOff}
                  onCheckedChange={(checked: boolean) => set('tradeSignedOff', checked === true)}
                >
                  {t('receipt.tradeSignedOff', 'Signed off by trade (业务)')}
                </Checkbox>
                <Field.Error />
              </Field.Root>
            </Flex>
            {saved && (
              <Box paddingTop={3} data-testid="receipt-saved">
                <TextLink to={recordUrl(RECEIPTS, saved.documentId)}>
                  <Typography textColor="primary700">{saved.title}</Typography>
                </TextLink>
              </Box>
            )}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
