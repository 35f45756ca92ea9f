import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useIntl } from 'react-intl';
import type { OrderTimeline } from '../../../../../modules/time-and-action/contracts';
import { MilestoneStatus, STATUS_COLOUR } from './MilestoneStatus';
import { useColours } from '../hooks/useColours';
import { useT } from '../hooks/useT';
import { useDay } from '../hooks/useDay';

const TRACK = 260;

/**
 * An order's T&A, planned against actual: each milestone's row shows where it
 * was planned (hollow mark) and where it happened or is now projected (filled
 * mark), joined by a bar when it slipped — the spreadsheet's rows, with the
 * slip drawn.
 */
export const Timeline = ({ timeline, today }: { timeline: OrderTimeline; today: string }) => {
  const { locale } = useIntl();
  const colour = useColours();
  const zh = locale.startsWith('zh');
  const t = useT();
  const day = useDay();
  const dates = timeline.milestones.flatMap((m) => [m.plannedDate, m.projectedDate, m.actualDate ?? m.plannedDate]);
  const first = dates.reduce((a, b) => (a < b ? a : b), today);
  const last = dates.reduce((a, b) => (a > b ? a : b), today);
  const span = Math.max(1, differenceInCalendarDays(parseISO(last), parseISO(first)));
  const x = (date: string) => Math.round((differenceInCalendarDays(parseISO(date), parseISO(first)) / span) * TRACK);

  return (
    <Table colCount={8} rowCount={timeline.milestones.length + 1} data-testid="ta-timeline">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('ta.milestone', 'Milestone')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.department', 'Owner')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.planned', 'Planned')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.projected', 'Projected')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.actual', 'Actual')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.slack', 'Slack (days)')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.status', 'Status')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('ta.chart', 'Planned vs actual')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {timeline.milestones.map((m) => {
          const happened = m.actualDate ?? m.projectedDate;
          const from = Math.min(x(m.plannedDate), x(happened));
          const to = Math.max(x(m.plannedDate), x(happened));
          return (
            <Tr key={m.documentId} data-testid={`ta-row-${m.key}`}>
              <Td>
                <Typography fontWeight={m.critical ? 'bold' : undefined}>{zh ? m.nameZh : m.name}</Typography>
              </Td>
              <Td>
                <Typography variant="pi">{m.department ?? '—'}</Typography>
              </Td>
              <Td>
                <Typography variant="pi">{day(m.plannedDate)}</Typography>
              </Td>
              <Td>
                <Typography
                  variant="pi"
                  textColor={!m.actualDate && m.projectedDate > m.plannedDate ? 'danger600' : undefined}
                >
                  {m.actualDate ? '—' : day(m.projectedDate)}
                </Typography>
              </Td>
              <Td>
                <Typography variant="pi">{day(m.actualDate)}</Typography>
              </Td>
              <Td>
                <Typography variant="pi" textColor={m.slackDays < 0 ? 'danger600' : 'success600'}>
                  {m.slackDays}
                </Typography>
              </Td>
              <Td>
                <MilestoneStatus status={m.status} />
              </Td>
              <Td>
                <Box position="relative" style={{ width: TRACK + 10, height: 14 }}>
                  <div
                    style={{
                      position: 'absolute',
                      left: x(today),
                      top: 0,
                      bottom: 0,
                      width: 1,
                      background: colour('neutral200'),
                    }}
                  />
                  {to > from && (
                    <div
                      style={{
                        position: 'absolute',
                        left: from + 4,
                        width: to - from,
                        top: 6,
                        height: 2,
                        background: colour(STATUS_COLOUR[m.status]),
                      }}
                    />
                  )}
                  <div
                    title={`${t('ta.planned', 'Planned')} ${day(m.plannedDate)}`}
                    style={{
                      position: 'absolute',
                      left: x(m.plannedDate),
                      top: 2,
                      width: 8,
                      height: 8,
                      borderRadius: 4,
                      border: `2px solid ${colour('neutral500')}`,
                      background: 'white',
                    }}
                  />
                  <div
                    title={`${m.actualDate ? t('ta.actual', 'Actual') : t('ta.projected', 'Projected')} ${day(happened)}`}
                    style={{
                      position: 'absolute',
                      left: x(happened),
                      top: 2,
                      width: 10,
                      height: 10,
                      borderRadius: 5,
                      background: colour(STATUS_COLOUR[m.status]),
                    }}
                  />
                </Box>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
