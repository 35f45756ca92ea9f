import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { TextLink } from './TextLink';
import type { FigureKey, Kpis as KpiData } from '../../../shared/contracts/dashboard';
import { useT } from '../hooks/useT';

interface Props {
  kpis: KpiData;
  /** The list behind a figure (a KPI card, or one stage of the pipeline). */
  figureUrl: (figure: FigureKey, stage?: string) => string;
}

const Card = ({
  label,
  value,
  detail,
  to,
  testId,
}: {
  label: string;
  value: string;
  detail: string;
  to: string;
  testId: string;
}) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} height="100%">
    <TextLink to={to} style={{ textDecoration: 'none' }} data-testid={testId}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="sigma" textColor="neutral600">
          {label}
        </Typography>
        <Typography variant="alpha" tag="p" data-testid={`${testId}-value`}>
          {value}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {detail}
        </Typography>
      </Flex>
    </TextLink>
  </Box>
);

/** The headline figures; each links to the order list behind it. */
export const Kpis = ({ kpis, figureUrl }: Props) => {
  const { formatNumber, locale } = useIntl();
  const t = useT();
  const stageName = (stage: KpiData['pipeline'][number]) => (locale.startsWith('zh') ? stage.nameZh : stage.name);
  const max = Math.max(1, ...kpis.pipeline.map((s) => s.orders));

  return (
    <Flex direction="column" gap={4} alignItems="stretch">
      <Grid.Root gap={4}>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Card
            testId="kpi-on-time"
            label={t('kpi.onTime', 'On-time delivery (交期达成率)')}
            value={kpis.onTime.rate === null ? '—' : `${formatNumber(kpis.onTime.rate)} %`}
            detail={
              kpis.onTime.shipped === 0
                ? t('kpi.onTime.none', 'No order shipped in the last {days} days', { days: kpis.onTime.days })
                : t('kpi.onTime.detail', '{onTime} of {shipped} orders shipped on time, last {days} days', {
                    onTime: formatNumber(kpis.onTime.onTime),
                    shipped: formatNumber(kpis.onTime.shipped),
                    days: kpis.onTime.days,
                  })
            }
            to={figureUrl('on-time')}
          />
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Card
            testId="kpi-on-the-lines"
            label={t('kpi.inProduction', 'Pieces in production')}
            value={formatNumber(kpis.piecesInProduction)}
            detail={t('kpi.inProduction.detail', '{orders} orders on the lines', {
              orders: formatNumber(kpis.ordersInProduction),
            })}
            to={figureUrl('on-the-lines')}
          />
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Card
            testId="kpi-exceptions"
            label={t('kpi.exceptions', 'Open exceptions')}
            value={formatNumber(kpis.openExceptions)}
            detail={t('kpi.exceptions.detail', 'Production exceptions waiting for action')}
            to={figureUrl('exceptions')}
          />
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Card
            testId="kpi-active"
            label={t('kpi.active', 'Open orders')}
            value={formatNumber(kpis.activeOrders)}
            detail={t('kpi.active.detail', 'Not shipped, completed or cancelled')}
            to={figureUrl('active')}
          />
        </Grid.Item>
      </Grid.Root>

      <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
        <Typography variant="delta" tag="h2">
          {t('pipeline.title', 'Orders by stage')}
        </Typography>
        <Flex direction="column" gap={2} paddingTop={3} alignItems="stretch" data-testid="pipeline">
          {kpis.pipeline.map((stage) => (
            <TextLink
              key={stage.stage}
              to={figureUrl('stage', stage.stage)}
              style={{ textDecoration: 'none' }}
              data-testid={`pipeline-${stage.stage}`}
            >
              <Flex gap={3}>
                <Box width="180px">
                  <Typography variant="omega">{stageName(stage)}</Typography>
                </Box>
                <Box background="neutral150" hasRadius height="12px" style={{ flex: 1 }}>
                  <Box
                    background="primary600"
                    hasRadius
                    height="12px"
                    style={{ width: `${(stage.orders / max) * 100}%` }}
                  />
                </Box>
                <Box width="90px">
                  <Typography variant="pi">
                    {t('pipeline.orders', '{count, plural, one {# order} other {# orders}}', { count: stage.orders })}
                  </Typography>
                </Box>
              </Flex>
            </TextLink>
          ))}
        </Flex>
      </Box>
    </Flex>
  );
};
