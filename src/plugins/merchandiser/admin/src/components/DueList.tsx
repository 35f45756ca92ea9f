import { Badge, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { TextLink } from './TextLink';
import type { DueItem } from '../../../shared/contracts/dashboard';
import { recordUrl } from './links';
import { useT } from '../hooks/useT';
import { useDay } from '../hooks/useDay';

/** What is overdue or due soon, most urgent first; each line opens the record to act on. */
export const DueList = ({ items, limit }: { items: DueItem[]; limit?: number }) => {
  const { locale } = useIntl();
  const t = useT();
  const day = useDay();
  const shown = limit ? items.slice(0, limit) : items;
  if (shown.length === 0)
    return <Typography textColor="neutral600">{t('due.empty', 'Nothing overdue or due soon.')}</Typography>;
  return (
    <Table colCount={4} rowCount={shown.length} data-testid="due">
      <Tbody>
        {shown.map((item) => (
          <Tr key={item.id}>
            <Td>
              <Badge variant={item.urgency === 'overdue' ? 'danger' : 'warning'}>
                {t(`notifications.kind.${item.kind}`, item.kind)}
              </Badge>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <TextLink to={recordUrl(item.target.uid, item.target.documentId)}>
                  <Typography textColor="primary700">{locale.startsWith('zh') ? item.labelZh : item.label}</Typography>
                </TextLink>
                {item.order && (
                  <Typography variant="pi" textColor="neutral600">
                    {item.order.poNumber}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography variant="pi">{day(item.date, '')}</Typography>
            </Td>
            <Td>
              <Typography variant="pi" textColor={item.urgency === 'overdue' ? 'danger600' : 'warning600'}>
                {item.urgency === 'overdue'
                  ? t('due.overdue', '{days, plural, =0 {due today} one {# day overdue} other {# days overdue}}', {
                      days: item.days,
                    })
                  : t('due.soon', '{days, plural, =0 {today} one {in # day} other {in # days}}', { days: item.days })}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
