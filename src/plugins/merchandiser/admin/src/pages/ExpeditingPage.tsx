import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { format } from 'date-fns';
import { Fragment, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ExpeditingItem, GetExpediting } from '../../../../../modules/materials/contracts';
import { useLogExpeditingNoteMutation } from '../api';
import { recordUrl } from '../components/links';
import { TextLink } from '../components/TextLink';
import { useAdminGet } from '../hooks/useAdminGet';
import { useDay } from '../hooks/useDay';
import { useDownload } from '../hooks/useDownload';
import { useT } from '../hooks/useT';
import { ExportButton } from '../components/ExportButton';

interface ApiError {
  data?: {
    error?: { message?: string; details?: { errors?: Array<{ path: string[]; message: string; messageZh?: string }> } };
  };
  message?: string;
  details?: { errors?: Array<{ path: string[]; message: string; messageZh?: string }> };
}

/** The chase of one purchase order line, typed in its row: whom, what was said, the new promised date. */
const LogCall = ({ item, onDone }: { item: ExpeditingItem; onDone: () => void }) => {
  const t = useT();
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const { toggleNotification } = useNotification();
  const [logNote, { isLoading }] = useLogExpeditingNoteMutation();
  const [contact, setContact] = useState(item.supplier?.contact?.name ?? '');
  const [note, setNote] = useState('');
  const [promisedDate, setPromisedDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    setErrors({});
    const result = await logNote({
      documentId: item.purchaseOrder.documentId,
      data: {
        date: format(new Date(), 'yyyy-MM-dd'),
        contact: contact || null,
        note,
        promisedDate: promisedDate || null,
      },
    });
    if ('error' in result) {
      const error = result.error as ApiError;
      const body = error.data?.error ?? error;
      const found: Record<string, string> = {};
      for (const problem of body.details?.errors ?? [])
        found[problem.path[problem.path.length - 1]] = zh && problem.messageZh ? problem.messageZh : problem.message;
      setErrors(found);
      if (Object.keys(found).length === 0)
        toggleNotification({ type: 'danger', message: body.message ?? t('expediting.failed', 'Not saved') });
      return;
    }
    toggleNotification({
      type: 'success',
      message: t('expediting.logged', 'Chase logged for {po}', { po: item.purchaseOrder.poNumber }),
    });
    onDone();
  };
  const onEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Flex gap={3} alignItems="flex-start" padding={3} background="neutral100" data-testid="log-call">
      <Field.Root name="contact" error={errors.contact} width="180px">
        <Field.Label>{t('expediting.contact', 'Spoke to')}</Field.Label>
        <TextInput
          value={contact}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setContact(e.target.value)}
          onKeyDown={onEnter}
        />
        <Field.Error />
      </Field.Root>
      <Box flex="1">
        <Field.Root name="note" error={errors.note}>
          <Field.Label>{t('expediting.note', 'What the supplier said')}</Field.Label>
          <TextInput
            autoFocus
            value={note}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNote(e.target.value)}
            onKeyDown={onEnter}
          />
          <Field.Error />
        </Field.Root>
      </Box>
      <Field.Root name="promisedDate" error={errors.promisedDate} width="170px">
        <Field.Label>{t('expediting.promised', 'New promised date')}</Field.Label>
        <TextInput
          type="date"
          value={promisedDate}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPromisedDate(e.target.value)}
          onKeyDown={onEnter}
        />
        <Field.Error />
      </Field.Root>
      <Box paddingTop={6}>
        <Button onClick={save} loading={isLoading} data-testid="log-call-save">
          {t('expediting.save', 'Log the call')}
        </Button>
      </Box>
    </Flex>
  );
};

/** Long cells wrap: the table fits a 1366 px screen without a sideways scroll. */
const WRAP = { whiteSpace: 'normal', minWidth: 140, maxWidth: 220 } as const;

const FLAG_COLOURS: Record<string, 'danger' | 'warning' | 'secondary'> = {
  overdue: 'danger',
  'due-soon': 'warning',
  'ships-within-24h': 'secondary',
};

/**
 * Expediting (催单): the purchase lines to chase today — overdue, due within
 * the window, shipping within 24 hours — with the supplier's contact one click
 * away and the chase logged in the row.
 */
export const ExpeditingPage = () => {
  const t = useT();
  const day = useDay();
  const { formatNumber } = useIntl();
  const loaded = useAdminGet<GetExpediting.Response>('/merchandiser/expediting', { days: '7' });
  const [open, setOpen] = useState<string | null>(null);
  const download = useDownload();
  const { toggleNotification } = useNotification();
  // The purchase order as its supplier receives it (采购单), to send with the chase.
  const printPurchaseOrder = (documentId: string) =>
    download(`/merchandiser/purchase-orders/${documentId}/document.pdf`, 'purchase-order.pdf').catch(() =>
      toggleNotification({ type: 'danger', message: t('documents.failed', 'The document could not be made.') })
    );

  const items = loaded.data?.data ?? [];
  const counts = loaded.data?.meta.counts;
  return (
    <Page.Main>
      <Page.Title>{t('expediting.title', 'Expediting')}</Page.Title>
      <Layouts.Header
        title={t('expediting.title', 'Expediting')}
        subtitle={
          counts
            ? t(
                'expediting.subtitle',
                '{overdue} overdue, {soon} due within 7 days, {ships} shipping within 24 hours',
                {
                  overdue: counts.overdue,
                  soon: counts['due-soon'],
                  ships: counts['ships-within-24h'],
                }
              )
            : t('common.loading', 'Loading…')
        }
        primaryAction={<ExportButton list="expediting" params={{ days: 7 }} />}
      />
      <Layouts.Content>
        {loaded.error && <Page.Error />}
        {loaded.data && items.length === 0 && (
          <Typography textColor="neutral600">
            {t(
              'expediting.empty',
              'Nothing to chase: every open purchase line is on time. New lines show here as their due date nears.'
            )}
          </Typography>
        )}
        {items.length > 0 && (
          <Table colCount={6} rowCount={items.length + 1} data-testid="expediting">
            <Thead>
              <Tr>
                {[
                  t('expediting.why', 'Why'),
                  t('expediting.po', 'Purchase order'),
                  t('expediting.supplier', 'Supplier'),
                  t('expediting.outstanding', 'Outstanding'),
                  t('expediting.due', 'Due'),
                  t('expediting.last', 'Last chase'),
                ].map((header, i) => (
                  <Th key={i}>
                    <Typography variant="sigma">{header}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {items.map((item) => {
                const contact = item.supplier?.contact;
                return (
                  <Fragment key={item.line.documentId}>
                    <Tr data-testid="expediting-row">
                      <Td>
                        <Flex gap={1} wrap="wrap">
                          {item.flags.map((flag) => (
                            <Badge key={flag} variant={FLAG_COLOURS[flag]}>
                              {flag === 'overdue'
                                ? t('expediting.flag.overdue', '{days, plural, one {# day late} other {# days late}}', {
                                    days: item.daysLate,
                                  })
                                : t(`expediting.flag.${flag}`, flag)}
                            </Badge>
                          ))}
                        </Flex>
                      </Td>
                      <Td>
                        <Flex gap={1}>
                          <TextLink to={recordUrl('api::purchase-order.purchase-order', item.purchaseOrder.documentId)}>
                            <Typography textColor="primary700">{item.purchaseOrder.poNumber}</Typography>
                          </TextLink>
                          <Button
                            size="S"
                            variant="ghost"
                            onClick={() => printPurchaseOrder(item.purchaseOrder.documentId)}
                            data-testid={`po-pdf-${item.purchaseOrder.documentId}`}
                          >
                            {t('documents.pdf', 'PDF')}
                          </Button>
                        </Flex>
                        <Typography variant="pi" tag="p" textColor="neutral600">
                          {[item.material?.code, item.order?.poNumber].filter(Boolean).join(' · ')}
                        </Typography>
                      </Td>
                      <Td style={WRAP}>
                        <Typography tag="p">{item.supplier?.name ?? '—'}</Typography>
                        {contact && (
                          <Typography variant="pi" tag="p" textColor="neutral600">
                            {contact.name}
                            {contact.phone && (
                              <>
                                {' · '}
                                <a href={`tel:${contact.phone.replace(/\s/g, '')}`} data-testid="supplier-phone">
                                  {contact.phone}
                                </a>
                              </>
                            )}
                            {contact.email && (
                              <>
                                {' · '}
                                <a
                                  href={`mailto:${contact.email}?subject=${encodeURIComponent(item.purchaseOrder.poNumber)}`}
                                >
                                  {contact.email}
                                </a>
                              </>
                            )}
                          </Typography>
                        )}
                      </Td>
                      <Td>
                        <Typography>
                          {formatNumber(item.line.outstanding)} / {formatNumber(item.line.quantity)}{' '}
                          {item.material?.unit ?? ''}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography tag="p">{day(item.line.dueDate)}</Typography>
                        {item.line.supplierShipDate && (
                          <Typography variant="pi" tag="p" textColor="neutral600">
                            {t('expediting.ships', 'ships {date}', { date: day(item.line.supplierShipDate) })}
                          </Typography>
                        )}
                      </Td>
                      <Td style={{ ...WRAP, maxWidth: 280 }}>
                        {item.lastNote ? (
                          <Typography variant="pi" tag="p" data-testid="last-note">
                            {day(item.lastNote.date)}
                            {item.lastNote.contact ? ` · ${item.lastNote.contact}` : ''}: {item.lastNote.note}
                            {item.lastNote.promisedDate
                              ? ` → ${t('expediting.promisedShort', 'promised {date}', { date: day(item.lastNote.promisedDate) })}`
                              : ''}
                          </Typography>
                        ) : (
                          <Typography variant="pi" textColor="neutral500">
                            {t('expediting.never', 'not chased yet')}
                          </Typography>
                        )}
                        <Box paddingTop={1}>
                          <Button
                            variant={open === item.line.documentId ? 'tertiary' : 'secondary'}
                            size="S"
                            onClick={() => setOpen(open === item.line.documentId ? null : item.line.documentId)}
                            data-testid="log-call-open"
                          >
                            {t('expediting.log', 'Log a call')}
                          </Button>
                        </Box>
                      </Td>
                    </Tr>
                    {open === item.line.documentId && (
                      <Tr>
                        <Td colSpan={6}>
                          <LogCall item={item} onDone={() => setOpen(null)} />
                        </Td>
                      </Tr>
                    )}
                  </Fragment>
                );
              })}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
