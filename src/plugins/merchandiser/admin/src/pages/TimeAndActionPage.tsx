import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { usePlanTimeAndActionMutation } from '../api';
import { format } from 'date-fns';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { TextLink } from '../components/TextLink';
import type { GetTimeAndAction } from '../../../../../modules/time-and-action/contracts';
import { Block } from '../components/Block';
import { orderEditUrl } from '../components/links';
import { Timeline } from '../components/Timeline';
import { useAdminGet } from '../hooks/useAdminGet';
import { useStageName } from '../hooks/useStageName';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';

/** An order's Time & Action calendar: planned vs actual, the projected ex-factory date, and planning on demand. */
export const TimeAndActionPage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const t = useT();
  const day = useDay();
  const stageName = useStageName();
  const [planTimeAndAction] = usePlanTimeAndActionMutation();
  const { toggleNotification } = useNotification();
  const [planning, setPlanning] = useState(false);
  const loaded = useAdminGet<GetTimeAndAction.Response>(`/merchandiser/orders/${documentId}/time-and-action`);
  const timeline = loaded.data?.data;
  const today = format(new Date(), 'yyyy-MM-dd');

  const plan = async () => {
    setPlanning(true);
    try {
      await planTimeAndAction({ documentId: String(documentId) }).unwrap();
      loaded.reload();
    } catch {
      toggleNotification({ type: 'danger', message: t('ta.plan.error', 'The calendar could not be planned.') });
    } finally {
      setPlanning(false);
    }
  };

  const title = timeline
    ? t('ta.title', 'T&A calendar of {po}', { po: timeline.order.poNumber })
    : t('ta.title.short', 'T&A calendar');
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          timeline
            ? t('ta.subtitle', '{customer} · stage {stage} · template {template}', {
                customer: timeline.order.customer?.name ?? '—',
                stage: stageName(timeline.order.stage),
                template: timeline.template ?? '—',
              })
            : undefined
        }
        navigationAction={<TextLink to={orderEditUrl(documentId!)}>{t('grid.back', 'Back to the order')}</TextLink>}
        primaryAction={
          <Button variant="secondary" onClick={plan} loading={planning} data-testid="ta-plan">
            {timeline?.milestones.length ? t('ta.replan', 'Re-plan') : t('ta.plan', 'Plan now')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" gap={4} alignItems="stretch">
          {timeline && timeline.milestones.length > 0 && (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ta-summary">
              <Flex gap={6} wrap="wrap">
                <Flex direction="column" alignItems="flex-start">
                  <Typography variant="sigma" textColor="neutral600">
                    {t('ta.plannedExFactory', 'Planned ex-factory')}
                  </Typography>
                  <Typography variant="beta">{timeline.plannedExFactory}</Typography>
                </Flex>
                <Flex direction="column" alignItems="flex-start">
                  <Typography variant="sigma" textColor="neutral600">
                    {t('ta.projectedExFactory', 'Projected ex-factory')}
                  </Typography>
                  <Typography
                    variant="beta"
                    textColor={timeline.late ? 'danger600' : 'success600'}
                    data-testid="ta-projected"
                  >
                    {timeline.projectedExFactory}
                  </Typography>
                </Flex>
                {timeline.late && (
                  <Badge variant="danger" data-testid="ta-late">
                    {t('ta.late', 'Slipping: ex-factory at risk')}
                  </Badge>
                )}
                <Flex gap={2}>
                  {(['overdue', 'at-risk', 'due', 'upcoming', 'done'] as const).map((status) => (
                    <Typography key={status} variant="pi">
                      {t(`ta.status.${status}`, status)}: {timeline.counts[status]}
                    </Typography>
                  ))}
                </Flex>
              </Flex>
            </Box>
          )}
          {timeline && timeline.warnings.length > 0 && (
            <Box background="warning100" hasRadius padding={4} data-testid="ta-warnings">
              <Typography variant="sigma" textColor="warning700">
                {t('ta.warnings', 'The plan cannot be met as it stands')}
              </Typography>
              <ul>
                {timeline.warnings.map((warning) => {
                  const named = (key: string | undefined) => {
                    const milestone = timeline.milestones.find((m) => m.key === key);
                    return milestone ? (zh ? milestone.nameZh : milestone.name) : (key ?? '');
                  };
                  const milestone = timeline.milestones.find((m) => m.key === warning.milestone);
                  return (
                    <li key={`${warning.milestone}-${warning.rule}`}>
                      <Typography variant="omega">
                        {t(`ta.warning.${warning.rule}`, warning.message, {
                          milestone: named(warning.milestone),
                          dependsOn: named(warning.dependsOn),
                          date: day(milestone?.plannedDate, ''),
                        })}
                      </Typography>
                    </li>
                  );
                })}
              </ul>
            </Box>
          )}
          <Block title={t('ta.calendar', 'Milestones')} loading={loaded.loading} error={loaded.error}>
            {timeline && timeline.milestones.length === 0 ? (
              <Typography textColor="neutral600" data-testid="ta-empty">
                {t(
                  'ta.empty',
                  'No calendar yet: it is planned when the production notice is issued, or now with “Plan now”.'
                )}
              </Typography>
            ) : (
              timeline && <Timeline timeline={timeline} today={today} />
            )}
          </Block>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
