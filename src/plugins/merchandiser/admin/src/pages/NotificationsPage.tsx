import {
  Badge,
  Button,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useMarkNotificationsReadMutation, useRunRemindersMutation } from '../api';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { TextLink } from '../components/TextLink';
import type { ListNotifications, ReminderRunResult } from '../../../../../modules/reminders/contracts';
import { Block } from '../components/Block';
import { Pager } from '../components/Pager';
import { useAdminGet } from '../hooks/useAdminGet';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../hooks/useT';
import { useDay } from '../hooks/useDay';
import { ExportButton } from '../components/ExportButton';

/** Admin-panel paths of stored links (they are written absolute, for e-mail). */
const inApp = (link: string) => link.replace(/^\/admin/, '');

/**
 * The reminders addressed to the signed-in user and their departments: unread
 * first, marked read one by one or all at once, and the daily run on demand.
 */
export const NotificationsPage = () => {
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const t = useT();
  const day = useDay();
  const [markNotificationsRead] = useMarkNotificationsReadMutation();
  const [runReminders] = useRunRemindersMutation();
  const { toggleNotification } = useNotification();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const loaded = useAdminGet<ListNotifications.Response>('/merchandiser/notifications', {
    unread: unreadOnly ? 'true' : undefined,
    page: String(page),
    pageSize: '25',
  });
  const meta = loaded.data?.meta;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      loaded.reload();
    } catch {
      toggleNotification({
        type: 'danger',
        message: t('notifications.error', 'That did not work: are you allowed to?'),
      });
    } finally {
      setBusy(false);
    }
  };
  const markRead = (body: { documentIds?: string[]; all?: boolean }) =>
    act(async () => {
      await markNotificationsRead(body).unwrap();
    });
  const runNow = () =>
    act(async () => {
      const data = (await runReminders().unwrap()) as { data: ReminderRunResult };
      toggleNotification({
        type: 'success',
        message: t('notifications.ran', 'Reminder run: {found} to chase, {created} new; e-mail {mail}', {
          found: data.data.found,
          created: data.data.created,
          mail: data.data.mail.status,
        }),
      });
    });

  return (
    <Page.Main>
      <Page.Title>{t('notifications.title', 'Notifications')}</Page.Title>
      <Layouts.Header
        title={t('notifications.title', 'Notifications')}
        subtitle={
          meta
            ? t('notifications.subtitle', '{unread, plural, =0 {Nothing unread} one {# unread} other {# unread}}', {
                unread: meta.unread,
              })
            : undefined
        }
        navigationAction={<TextLink to={`/plugins/${PLUGIN_ID}`}>{t('nav.dashboard', 'Dashboard')}</TextLink>}
        primaryAction={
          <Flex gap={2}>
            <ExportButton list="reminders" />
            <Button variant="secondary" onClick={runNow} loading={busy} data-testid="run-reminders">
              {t('notifications.run', 'Run reminders now')}
            </Button>
            <Button
              variant="default"
              disabled={!meta || meta.unread === 0}
              onClick={() => markRead({ all: true })}
              data-testid="read-all"
            >
              {t('notifications.readAll', 'Mark all read')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex paddingBottom={4}>
          <SingleSelect
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value: string | number) => {
              setUnreadOnly(value === 'unread');
              setPage(1);
            }}
            aria-label={t('notifications.show', 'Show')}
          >
            <SingleSelectOption value="unread">{t('notifications.unread', 'Unread')}</SingleSelectOption>
            <SingleSelectOption value="all">{t('notifications.all', 'All')}</SingleSelectOption>
          </SingleSelect>
        </Flex>
        <Block
          title={t('notifications.list', 'To chase')}
          loading={loaded.loading}
          error={loaded.error}
          testId="notifications"
        >
          {loaded.data && loaded.data.data.length === 0 ? (
            <Typography textColor="neutral600">{t('notifications.empty', 'Nothing to chase.')}</Typography>
          ) : (
            loaded.data && (
              <Table colCount={5} rowCount={loaded.data.data.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{t('notifications.read', 'Read')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('notifications.type', 'Kind')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('notifications.what', 'What')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('notifications.due', 'Date')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('notifications.for', 'For')}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {loaded.data.data.map((n) => (
                    <Tr key={n.documentId} data-testid="notification-row">
                      <Td>
                        {n.readAt ? (
                          <Typography variant="pi" textColor="neutral500">
                            {day(n.readAt)}
                          </Typography>
                        ) : (
                          <Button
                            size="S"
                            variant="tertiary"
                            disabled={busy}
                            onClick={() => markRead({ documentIds: [n.documentId] })}
                          >
                            {t('notifications.markRead', 'Mark read')}
                          </Button>
                        )}
                      </Td>
                      <Td>
                        <Badge
                          variant={n.type.endsWith('overdue') || n.type === 'ex-factory-at-risk' ? 'danger' : 'warning'}
                        >
                          {t(`notifications.kind.${n.type}`, n.type)}
                        </Badge>
                      </Td>
                      <Td>
                        {n.link ? (
                          <TextLink to={inApp(n.link)}>
                            <Typography fontWeight={n.readAt ? undefined : 'bold'} textColor="primary700">
                              {zh ? n.titleZh : n.title}
                            </Typography>
                          </TextLink>
                        ) : (
                          <Typography>{zh ? n.titleZh : n.title}</Typography>
                        )}
                      </Td>
                      <Td>
                        <Typography variant="pi">{day(n.dueDate)}</Typography>
                      </Td>
                      <Td>
                        <Typography variant="pi">
                          {n.recipient.department
                            ? t('notifications.department', 'Department {key}', { key: n.recipient.department })
                            : t('notifications.you', 'You')}
                        </Typography>
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
