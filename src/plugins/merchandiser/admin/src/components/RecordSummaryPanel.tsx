import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';
import { TextLink } from './TextLink';

type Record_ = Record<string, unknown>;
type Translate = ReturnType<typeof useT>;

interface ToleranceCell {
  colour: string;
  size: string | null;
  ordered: number;
  shipped: number;
  allowedMin: number;
  allowedMax: number;
}
interface Comparison {
  colour: string;
  size: string;
  quantity: number;
  packed: number;
  difference: number;
}
interface Correction {
  at: string;
  by: string;
  reason: string;
  before: Record<string, number | null>;
  after: Record<string, number | string>;
}

const asArray = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

const Row = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="pi" tag="p">
    {children}
  </Typography>
);

/** Whether a verdict reads as good, bad or not yet known. */
const Verdict = ({ ok, label }: { ok: boolean | null | undefined; label: string }) => (
  <Badge
    backgroundColor={ok === true ? 'success100' : ok === false ? 'danger100' : 'neutral150'}
    textColor={ok === true ? 'success700' : ok === false ? 'danger700' : 'neutral700'}
  >
    {label}
  </Badge>
);

/** A shipment's or packing list's tolerance verdict (null: not judged yet). */
const ToleranceVerdict = ({ within, t }: { within: boolean | null; t: Translate }) => (
  <Verdict
    ok={within}
    label={
      within === true
        ? t('summary.within', 'Within tolerance')
        : within === false
          ? t('summary.notWithin', 'Outside tolerance')
          : t('summary.notJudged', 'Not judged yet')
    }
  />
);

const Outside = ({ cells, t, format }: { cells: ToleranceCell[]; t: Translate; format: (n: number) => string }) =>
  cells.length === 0 ? null : (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="summary-outside">
      <Typography variant="sigma" textColor="neutral600">
        {t('summary.outside', 'Outside the tolerance')}
      </Typography>
      {cells.map((cell) => (
        <Row key={`${cell.colour}/${cell.size ?? ''}`}>
          {t('summary.outside.cell', '{what}: {shipped} shipped, {min}–{max} allowed', {
            what: cell.size ? `${cell.colour} ${cell.size}` : cell.colour,
            shipped: format(cell.shipped),
            min: format(cell.allowedMin),
            max: format(cell.allowedMax),
          })}
        </Row>
      ))}
    </Flex>
  );

/** A packing list: packed against ordered per colour × size, and the tolerance verdict. */
/** The packing list's order, asked of the Content Manager (its permissions), to open the carton editor on it. */
const PackingEditorLink = ({ documentId, t }: { documentId: string; t: Translate }) => {
  const { get } = useFetchClient();
  const [order, setOrder] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    get<{ results?: Array<{ documentId: string }> }>(
      `/content-manager/relations/api::packing-list.packing-list/${documentId}/order`
    )
      .then((res) => {
        if (live) setOrder(res.data.results?.[0]?.documentId ?? null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [documentId, get]);
  if (!order) return null;
  return (
    <TextLink to={`/plugins/${PLUGIN_ID}/orders/${order}/packing`} data-testid="summary-packing-editor">
      {t('summary.packingEditor', 'Edit the cartons in the packing list editor')}
    </TextLink>
  );
};

const PackingSummary = ({ record, t, format }: { record: Record_; t: Translate; format: (n: number) => string }) => {
  const rows = asArray<Comparison>(record.comparison);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="summary-packing">
      {typeof record.documentId === 'string' && <PackingEditorLink documentId={record.documentId} t={t} />}
      <ToleranceVerdict within={record.withinTolerance as boolean | null} t={t} />
      {rows.length > 0 && (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {[
                t('summary.colour', 'Colour'),
                t('summary.size', 'Size'),
                t('summary.ordered', 'Ordered'),
                t('summary.packed', 'Packed'),
                '±',
              ].map((header) => (
                <th key={header} style={{ textAlign: 'left' }}>
                  <Typography variant="pi" fontWeight="bold">
                    {header}
                  </Typography>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.colour}/${row.size}`}>
                <td>
                  <Typography variant="pi">{row.colour}</Typography>
                </td>
                <td>
                  <Typography variant="pi">{row.size}</Typography>
                </td>
                <td style={{ textAlign: 'right' }}>
                  <Typography variant="pi">{format(row.quantity)}</Typography>
                </td>
                <td style={{ textAlign: 'right' }}>
                  <Typography variant="pi">{format(row.packed)}</Typography>
                </td>
                <td style={{ textAlign: 'right' }}>
                  <Typography variant="pi" textColor={row.difference === 0 ? 'neutral600' : 'warning700'}>
                    {row.difference > 0 ? `+${format(row.difference)}` : format(row.difference)}
                  </Typography>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Outside cells={asArray<ToleranceCell>(record.outsideTolerance)} t={t} format={format} />
    </Flex>
  );
};

/** A fabric receipt: the verdict and what it rests on. */
const ReceiptSummary = ({ record, t }: { record: Record_; t: Translate }) => {
  const result = record.result as string | null;
  const { locale } = useIntl();
  const chinese = asArray<string>(record.findingsZh);
  const findings = locale.startsWith('zh') && chinese.length > 0 ? chinese : asArray<string>(record.findings);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="summary-receipt">
      <Verdict
        ok={result === 'pass' ? true : result === 'fail' ? false : null}
        label={t(`summary.result.${result ?? 'none'}`, result ?? 'Not inspected yet')}
      />
      {findings.map((finding) => (
        <Row key={finding}>{finding}</Row>
      ))}
    </Flex>
  );
};

/** A daily report's corrections: who changed which count, when and why. */
const CorrectionsSummary = ({ record, t }: { record: Record_; t: Translate }) => {
  const corrections = asArray<Correction>(record.corrections);
  const day = useDay();
  if (corrections.length === 0) return <Row>{t('summary.noCorrections', 'No corrections.')}</Row>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="summary-corrections">
      {corrections.map((correction) => (
        <Box key={correction.at}>
          <Row>
            {Object.keys(correction.after)
              .map((field) =>
                t('summary.correction', '{field}: {before} → {after}', {
                  field: t(`summary.field.${field}`, field),
                  before: String(correction.before[field] ?? '—'),
                  after: String(correction.after[field]),
                })
              )
              .join(' · ')}
          </Row>
          <Typography variant="pi" textColor="neutral600">
            {day(correction.at)} · {correction.by} · {correction.reason}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
};

/** A sample's way so far: each status with the day it was reached. */
const SampleSummary = ({ record, t }: { record: Record_; t: Translate }) => {
  const dates = (record.statusDates ?? {}) as Record<string, string>;
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="summary-sample">
      {Object.entries(dates).map(([status, day]) => (
        <Row key={status}>
          {t(`summary.sample.${status}`, status)} · {day.slice(0, 10)}
        </Row>
      ))}
    </Flex>
  );
};

const SUMMARIES: Record<
  string,
  (props: { record: Record_; t: Translate; format: (n: number) => string }) => JSX.Element | null
> = {
  'api::packing-list.packing-list': PackingSummary,
  'api::material-receipt.material-receipt': ReceiptSummary,
  'api::production-report.production-report': CorrectionsSummary,
  'api::sample.sample': SampleSummary,
  'api::completion-report.completion-report': ({ record, t, format }) => (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="summary-completion">
      <ToleranceVerdict within={record.withinTolerance as boolean | null} t={t} />
      <Outside cells={asArray<ToleranceCell>(record.outsideTolerance)} t={t} format={format} />
    </Flex>
  ),
};

/**
 * What Gendan derived for a record, read-only and readable — the packing
 * list's packed-against-ordered, a receipt's verdict and findings, a report's
 * corrections — instead of JSON editors in the form.
 */
export const RecordSummaryPanel: PanelComponent = ({ model, document }: PanelComponentProps) => {
  const t = useT();
  const { formatNumber } = useIntl();
  const Summary = SUMMARIES[model];
  if (!Summary || !document) return null;
  return {
    title: t('summary.title', 'Summary'),
    content: <Summary record={document as Record_} t={t} format={(n) => formatNumber(n)} />,
  };
};
