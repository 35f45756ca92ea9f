import {
  Badge,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { TextLink } from '../components/TextLink';
import type { GetFilterOptions } from '../../../shared/contracts/dashboard';
import type { GetTimeAndActionOverview } from '../../../../../modules/time-and-action/contracts';
import { Block } from '../components/Block';
import { Pager } from '../components/Pager';
import { STATUS_COLOUR } from '../components/MilestoneStatus';
import { useAdminGet } from '../hooks/useAdminGet';
import { PLUGIN_ID } from '../pluginId';
import { useColours } from '../hooks/useColours';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';
import { ExportButton } from '../components/ExportButton';

const ALL = '__all__';

/**
 * Many orders' T&A in one view (what one spreadsheet per order cannot give):
 * each order's milestones as a strip of coloured marks, most urgent first.
 */
export const OverviewPage = () => {
  const { locale } = useIntl();
  const day = useDay();
  const colour = useColours();
  const zh = locale.startsWith('zh');
  const t = useT();
  const user = useAuth('OverviewPage', (state) => state.user);
  const options = useAdminGet<GetFilterOptions.Response>('/merchandiser/dashboard/filters');
  const [filters, setFilters] = useState<{ from?: string; to?: string; customer?: string; mine?: boolean }>({});
  const [page, setPage] = useState(1);
  const loaded = useAdminGet<GetTimeAndActionOverview.Response>('/merchandiser/time-and-action/overview', {
    from: filters.from,
    to: filters.to,
    customer: filters.customer,
    merchandiser: filters.mine && user?.id ? String(user.id) : undefined,
    page: String(page),
    pageSize: '20',
  });
  const set = (next: typeof filters) => {
    setFilters(next);
    setPage(1);
  };
  const meta = loaded.data?.meta;

  return (
    <Page.Main>
      <Page.Title>{t('overview.title', 'T&A overview')}</Page.Title>
      <Layouts.Header
        title={t('overview.title', 'T&A overview')}
        primaryAction={
          <ExportButton
            list="time-and-action"
            params={{
              from: filters.from,
              to: filters.to,
              customer: filters.customer,
              merchandiser: filters.mine && user?.id ? String(user.id) : undefined,
            }}
          />
        }
        subtitle={
          meta
            ? t('overview.subtitle', 'Milestones from {from} to {to}: {overdue} overdue, {atRisk} at risk, {due} due', {
                from: meta.from,
                to: meta.to,
                overdue: meta.counts.overdue,
                atRisk: meta.counts['at-risk'],
                due: meta.counts.due,
              })
            : undefined
        }
        navigationAction={<TextLink to={`/plugins/${PLUGIN_ID}`}>{t('nav.dashboard', 'Dashboard')}</TextLink>}
      />
      <Layouts.Content>
        <Flex gap={3} wrap="wrap" alignItems="flex-end" paddingBottom={4}>
          <Field.Root name="mine" width="200px">
            <Field.Label>{t('filters.merchandiser', 'Merchandiser')}</Field.Label>
            <SingleSelect
              value={filters.mine ? 'me' : ALL}
              onChange={(value: string | number) => set({ ...filters, mine: value === 'me' })}
              aria-label={t('filters.merchandiser', 'Merchandiser')}
            >
              <SingleSelectOption value={ALL}>{t('filters.merchandiser.all', 'All merchandisers')}</SingleSelectOption>
              <SingleSelectOption value="me">{t('filters.merchandiser.me', 'My orders')}</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          <Field.Root name="customer" width="220px">
            <Field.Label>{t('filters.customer', 'Customer')}</Field.Label>
            <SingleSelect
              value={filters.customer ?? ALL}
              onChange={(value: string | number) =>
                set({ ...filters, customer: value === ALL ? undefined : String(value) })
              }
              aria-label={t('filters.customer', 'Customer')}
            >
              <SingleSelectOption value={ALL}>{t('filters.customer.all', 'All customers')}</SingleSelectOption>
              {options.data?.data.customers.map((c) => (
                <SingleSelectOption key={c.documentId} value={c.documentId}>
                  {c.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root name="from" width="160px">
            <Field.Label>{t('overview.from', 'Milestones from')}</Field.Label>
            <TextInput
              type="date"
              value={filters.from ?? ''}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                set({ ...filters, from: e.target.value || undefined })
              }
            />
          </Field.Root>
          <Field.Root name="to" width="160px">
            <Field.Label>{t('overview.to', 'Milestones to')}</Field.Label>
            <TextInput
              type="date"
              value={filters.to ?? ''}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                set({ ...filters, to: e.target.value || undefined })
              }
            />
          </Field.Root>
          <Button variant="tertiary" onClick={() => set({})}>
            {t('filters.clear', 'Clear filters')}
          </Button>
        </Flex>
        <Block
          title={t('overview.orders', 'Orders')}
          loading={loaded.loading}
          error={loaded.error}
          testId="ta-overview"
        >
          {loaded.data && loaded.data.data.length === 0 ? (
            <Typography textColor="neutral600">{t('overview.empty', 'No milestone in this window.')}</Typography>
          ) : (
            loaded.data && (
              <Table colCount={6} rowCount={loaded.data.data.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{t('atRisk.po', 'PO')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('atRisk.customer', 'Customer')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('ta.plannedExFactory', 'Planned ex-factory')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('ta.projectedExFactory', 'Projected ex-factory')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('overview.open', 'Overdue / at risk / due')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('ta.calendar', 'Milestones')}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {loaded.data.data.map((timeline) => (
                    <Tr key={timeline.order.documentId} data-testid={`overview-${timeline.order.poNumber}`}>
                      <Td>
                        <TextLink to={`/plugins/${PLUGIN_ID}/orders/${timeline.order.documentId}/time-and-action`}>
                          <Typography fontWeight="bold" textColor="primary700">
                            {timeline.order.poNumber}
                          </Typography>
                        </TextLink>
                      </Td>
                      <Td>
                        <Typography variant="pi">{timeline.order.customer?.name ?? '—'}</Typography>
                      </Td>
                      <Td>
                        <Typography variant="pi">{timeline.plannedExFactory ?? '—'}</Typography>
                      </Td>
                      <Td>
                        <Flex gap={2}>
                          <Typography variant="pi" textColor={timeline.late ? 'danger600' : undefined}>
                            {timeline.projectedExFactory ?? '—'}
                          </Typography>
                          {timeline.late && <Badge variant="danger">{t('ta.status.at-risk', 'At risk')}</Badge>}
                        </Flex>
                      </Td>
                      <Td>
                        <Typography variant="pi">
                          {timeline.counts.overdue} / {timeline.counts['at-risk']} / {timeline.counts.due}
                        </Typography>
                      </Td>
                      <Td>
                        <Flex gap={1}>
                          {timeline.milestones.map((m) => (
                            <span
                              key={m.documentId}
                              title={`${zh ? m.nameZh : m.name}: ${day(m.actualDate ?? m.projectedDate)} (${t(`ta.status.${m.status}`, m.status)})`}
                              data-status={m.status}
                              style={{
                                display: 'inline-block',
                                width: 10,
                                height: 10,
                                borderRadius: 2,
                                background: colour(STATUS_COLOUR[m.status]),
                              }}
                            />
                          ))}
                        </Flex>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )
          )}
          {meta && <Pager page={page} pageCount={meta.pagination.pageCount} onPage={setPage} />}
        </Block>
      </Layouts.Content>
    </Page.Main>
  );
};
