import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { TextLink } from '../components/TextLink';
import type { FigureExceptionRow, FigureOrderRow, GetFigure } from '../../../shared/contracts/dashboard';
import { Block } from '../components/Block';
import { orderEditUrl, recordUrl } from '../components/links';
import { Pager } from '../components/Pager';
import { useAdminGet } from '../hooks/useAdminGet';
import { PLUGIN_ID } from '../pluginId';
import { useStageName } from '../hooks/useStageName';
import { useT } from '../hooks/useT';
import { useDay } from '../hooks/useDay';

const FILTERS = ['merchandiser', 'customer', 'factory', 'from', 'to'] as const;

/**
 * The records behind a dashboard figure — the same SQL as the figure, with
 * the dashboard's filters — so the list a merchandiser opens from "12 open
 * exceptions" holds those 12, whatever the filters. Each row opens the record.
 */
export const FigurePage = () => {
  const { formatNumber } = useIntl();
  const t = useT();
  const stageName = useStageName();
  const [search] = useSearchParams();
  const [page, setPage] = useState(1);
  const figure = search.get('figure') ?? 'active';
  const stage = search.get('stage') ?? undefined;
  const params: Record<string, string | undefined> = { figure, stage, page: String(page), pageSize: '20' };
  for (const key of FILTERS) params[key] = search.get(key) ?? undefined;
  const loaded = useAdminGet<GetFigure.Response>('/merchandiser/dashboard/figure', params);
  const total = loaded.data?.meta.pagination.total;

  const titles: Record<string, string> = {
    'on-time': t('figure.onTime', 'Orders shipped in the last 90 days'),
    'on-the-lines': t('figure.inProduction', 'Orders on the lines'),
    active: t('figure.active', 'Open orders'),
    exceptions: t('figure.exceptions', 'Open production exceptions'),
    stage: t('figure.stage', 'Orders at stage {stage}', { stage: stageName(stage) }),
  };
  const title = titles[figure] ?? titles.active;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          total === undefined
            ? undefined
            : t('figure.count', '{count} records, as counted on the dashboard', { count: formatNumber(total) })
        }
        navigationAction={<TextLink to={`/plugins/${PLUGIN_ID}`}>{t('nav.dashboard', 'Dashboard')}</TextLink>}
      />
      <Layouts.Content>
        <Block title={title} loading={loaded.loading} error={loaded.error} testId="figure-list">
          {loaded.data && (
            <>
              <Typography tag="p" data-testid="figure-total" textColor="neutral600" paddingBottom={3}>
                {formatNumber(loaded.data.meta.pagination.total)}
              </Typography>
              {loaded.data.data.kind === 'exceptions' ? (
                <ExceptionTable rows={loaded.data.data.rows} />
              ) : (
                <OrderTable rows={loaded.data.data.rows} shipped={figure === 'on-time'} />
              )}
              <Pager page={page} pageCount={loaded.data.meta.pagination.pageCount} onPage={setPage} />
            </>
          )}
        </Block>
      </Layouts.Content>
    </Page.Main>
  );
};

/** A plain cell: text or a number, a dash when empty. */
const TextCell = ({ children }: { children: ReactNode }) => (
  <Td>
    <Typography>{children ?? '—'}</Typography>
  </Td>
);

const Header = ({ labels }: { labels: string[] }) => (
  <Thead>
    <Tr>
      {labels.map((label) => (
        <Th key={label}>
          <Typography variant="sigma">{label}</Typography>
        </Th>
      ))}
    </Tr>
  </Thead>
);

const OrderTable = ({ rows, shipped }: { rows: FigureOrderRow[]; shipped: boolean }) => {
  const { formatNumber } = useIntl();
  const t = useT();
  const stageName = useStageName();
  const day = useDay();
  const labels = [
    t('atRisk.po', 'PO'),
    t('atRisk.customer', 'Customer'),
    t('figure.style', 'Style'),
    t('figure.stageColumn', 'Stage'),
    t('atRisk.exFactory', 'Ex-factory'),
    t('figure.quantity', 'Pieces'),
    ...(shipped ? [t('figure.shippedOn', 'Shipped'), t('figure.onTimeColumn', 'On time')] : []),
  ];
  return (
    <Table colCount={labels.length} rowCount={rows.length + 1}>
      <Header labels={labels} />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId} data-testid="figure-row">
            <Td>
              <TextLink to={orderEditUrl(row.documentId)}>{row.poNumber}</TextLink>
            </Td>
            <TextCell>{row.customer}</TextCell>
            <TextCell>{row.styleNo}</TextCell>
            <TextCell>{stageName(row.stage)}</TextCell>
            <TextCell>{day(row.exFactoryDate)}</TextCell>
            <TextCell>{formatNumber(row.totalQuantity)}</TextCell>
            {shipped && (
              <>
                <TextCell>{row.shippedOn}</TextCell>
                <Td>
                  <Badge variant={row.onTime ? 'success' : 'danger'}>
                    {row.onTime ? t('figure.yes', 'on time') : t('figure.late', 'late')}
                  </Badge>
                </Td>
              </>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const ExceptionTable = ({ rows }: { rows: FigureExceptionRow[] }) => {
  const t = useT();
  const labels = [
    t('figure.cause', 'Cause'),
    t('figure.description', 'What happened'),
    t('figure.impact', 'Days lost'),
    t('atRisk.po', 'PO'),
  ];
  return (
    <Table colCount={labels.length} rowCount={rows.length + 1}>
      <Header labels={labels} />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId} data-testid="figure-row">
            <Td>
              <TextLink to={recordUrl('api::production-exception.production-exception', row.documentId)}>
                {t(`cause.${row.cause}`, row.cause)}
              </TextLink>
            </Td>
            <TextCell>{row.description}</TextCell>
            <TextCell>{row.impactDays}</TextCell>
            <Td>
              {row.order ? <TextLink to={orderEditUrl(row.order.documentId)}>{row.order.poNumber}</TextLink> : '—'}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
