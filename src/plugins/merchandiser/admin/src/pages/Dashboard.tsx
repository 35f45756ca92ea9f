import { Badge, Button, Flex, Grid, LinkButton, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type {
  DashboardFilters,
  FigureKey,
  GetAtRisk,
  GetDue,
  GetFilterOptions,
  GetKpis,
  GetLineLoad,
  GetOutputTrend,
} from '../../../shared/contracts/dashboard';
import { AtRiskTable } from '../components/AtRiskTable';
import { Block } from '../components/Block';
import { DueList } from '../components/DueList';
import { FilterBar } from '../components/FilterBar';
import { Kpis } from '../components/Kpis';
import { LineLoadTable } from '../components/LineLoadTable';
import { figureUrl } from '../components/links';
import { OutputChart } from '../components/OutputChart';
import { useAdminGet } from '../hooks/useAdminGet';
import { PLUGIN_ID } from '../pluginId';
import { Link as RouterLink } from 'react-router-dom';
import type { UnreadNotifications } from '../../../../../modules/reminders/contracts';
import { useT } from '../hooks/useT';
import { ExportButton } from '../components/ExportButton';

/** The merchandiser's cockpit (跟单看板): one request per block, all following the filter bar. */
export const Dashboard = () => {
  const t = useT();
  const options = useAdminGet<GetFilterOptions.Response>('/merchandiser/dashboard/filters');
  const [filters, setFilters] = useState<DashboardFilters | null>(null);

  // A merchandiser lands on "my orders"; everyone else on the whole order book.
  useEffect(() => {
    if (filters === null && options.data) setFilters(options.data.data.me.isMerchandiser ? { merchandiser: 'me' } : {});
  }, [filters, options.data]);

  const params = { ...(filters ?? {}) } as Record<string, string | undefined>;
  const ready = filters !== null;
  const kpis = useAdminGet<GetKpis.Response>(ready ? '/merchandiser/dashboard/kpis' : null, params);
  const atRisk = useAdminGet<GetAtRisk.Response>(ready ? '/merchandiser/dashboard/at-risk' : null, params);
  const due = useAdminGet<GetDue.Response>(ready ? '/merchandiser/dashboard/due' : null, params);
  const output = useAdminGet<GetOutputTrend.Response>(ready ? '/merchandiser/dashboard/output' : null, params);
  const lineLoad = useAdminGet<GetLineLoad.Response>(ready ? '/merchandiser/dashboard/line-load' : null, params);
  const unread = useAdminGet<UnreadNotifications.Response>('/merchandiser/notifications/unread');

  const toFigure = (figure: FigureKey, stage?: string) => figureUrl(figure, filters ?? {}, stage);

  return (
    <Page.Main>
      <Page.Title>{t('dashboard.title', 'Merchandising dashboard')}</Page.Title>
      <Layouts.Header
        title={t('dashboard.title', 'Merchandising dashboard')}
        subtitle={t('dashboard.subtitle', 'The state of the order book today.')}
        primaryAction={
          <Flex gap={2}>
            <ExportButton list="orders" params={params} label={t('export.orders', 'Orders (Excel)')} />
            <ExportButton list="size-breakdown" params={params} label={t('export.sizeBreakdown', 'Size breakdown')} />
            <ExportButton list="materials" params={params} label={t('export.materials', 'Materials status')} />
            <LinkButton tag={RouterLink} to={`/plugins/${PLUGIN_ID}/time-and-action`} variant="secondary">
              {t('nav.overview', 'T&A overview')}
            </LinkButton>
            <LinkButton
              tag={RouterLink}
              to={`/plugins/${PLUGIN_ID}/notifications`}
              variant="secondary"
              data-testid="notifications-link"
            >
              {t('nav.notifications', 'Notifications')}
              {unread.data && unread.data.data.unread > 0 && (
                <Badge marginLeft={2} variant="danger" data-testid="unread-count">
                  {unread.data.data.unread}
                </Badge>
              )}
            </LinkButton>
          </Flex>
        }
      />
      <Layouts.Content>
        <FilterBar value={filters ?? {}} onChange={setFilters} />
        <Flex direction="column" gap={4} alignItems="stretch">
          <Block title={t('kpi.title', 'Today')} loading={kpis.loading} error={kpis.error} testId="kpis">
            {kpis.data && <Kpis kpis={kpis.data.data} figureUrl={toFigure} />}
          </Block>
          <Grid.Root gap={4}>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Block
                title={t('atRisk.title', 'At-risk orders')}
                loading={atRisk.loading}
                error={atRisk.error}
                testId="at-risk-block"
              >
                {atRisk.data && <AtRiskTable orders={atRisk.data.data} />}
                {atRisk.data && atRisk.data.meta.otherMerchandisers > 0 && (
                  <Flex gap={2} paddingTop={2} data-testid="at-risk-hidden">
                    <Typography variant="pi" textColor="warning700">
                      {t(
                        'atRisk.hidden',
                        '{count, plural, one {# more at-risk order belongs} other {# more at-risk orders belong}} to other merchandisers.',
                        { count: atRisk.data.meta.otherMerchandisers }
                      )}
                    </Typography>
                    <Button
                      variant="tertiary"
                      size="S"
                      onClick={() => setFilters({ ...filters, merchandiser: undefined })}
                    >
                      {t('atRisk.showAll', 'Show all orders')}
                    </Button>
                  </Flex>
                )}
              </Block>
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Block
                title={t('due.title', 'Overdue and due soon')}
                loading={due.loading}
                error={due.error}
                testId="due-block"
              >
                {due.data && <DueList items={due.data.data} limit={15} />}
              </Block>
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Block
                title={t('output.title', 'Daily output, last 30 days')}
                loading={output.loading}
                error={output.error}
              >
                {output.data && <OutputChart points={output.data.data} />}
              </Block>
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Block title={t('lineLoad.title', 'Line load')} loading={lineLoad.loading} error={lineLoad.error}>
                {lineLoad.data && <LineLoadTable rows={lineLoad.data.data} />}
              </Block>
            </Grid.Item>
          </Grid.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
