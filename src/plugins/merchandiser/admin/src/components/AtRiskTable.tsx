import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { TextLink } from './TextLink';
import type { AtRiskOrder } from '../../../shared/contracts/dashboard';
import { exceptionCause } from './exceptionCause';
import { orderEditUrl } from './links';
import { useT } from '../hooks/useT';
import { useDay } from '../hooks/useDay';

/** Orders projected to miss their ex-factory date, most late first, with why and who acts. */
export const AtRiskTable = ({ orders, compact = false }: { orders: AtRiskOrder[]; compact?: boolean }) => {
  const { formatNumber, locale } = useIntl();
  const t = useT();
  const day = useDay();
  const zh = locale.startsWith('zh');
  // The cause the later projection names; a slipped calendar names its milestone.
  const riskLabel = (order: AtRiskOrder) =>
    `${t(`risk.${order.risk}`, order.risk)}${order.milestone ? `: ${zh ? order.milestone.nameZh : order.milestone.name}` : ''}`;
  if (orders.length === 0)
    return (
      <Typography textColor="neutral600">
        {t('atRisk.empty', 'No order is projected to miss its ex-factory date.')}
      </Typography>
    );
  return (
    <Table colCount={compact ? 3 : 9} rowCount={orders.length + 1} data-testid="at-risk">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('atRisk.po', 'PO')}</Typography>
          </Th>
          {!compact && (
            <>
              <Th>
                <Typography variant="sigma">{t('atRisk.customer', 'Customer')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('atRisk.progress', 'Sewn / ordered')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('atRisk.runRate', 'Run rate / day')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('atRisk.ready', 'Projected ready')}</Typography>
              </Th>
            </>
          )}
          <Th>
            <Typography variant="sigma">{t('atRisk.exFactory', 'Ex-factory')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('atRisk.late', 'Days late')}</Typography>
          </Th>
          {!compact && (
            <>
              <Th>
                <Typography variant="sigma">{t('atRisk.cause', 'Cause')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('atRisk.owner', 'Owner')}</Typography>
              </Th>
            </>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {orders.map((order) => (
          <Tr key={order.documentId}>
            <Td>
              <TextLink to={orderEditUrl(order.documentId)} data-testid="at-risk-order">
                <Typography fontWeight="bold" textColor="primary700">
                  {order.poNumber}
                </Typography>
              </TextLink>
            </Td>
            {!compact && (
              <>
                <Td>
                  <Typography>{order.customer ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>
                    {formatNumber(order.sewn)} / {formatNumber(order.ordered)}
                  </Typography>
                </Td>
                <Td>
                  <Typography>{order.runRate === null ? '—' : formatNumber(order.runRate)}</Typography>
                </Td>
                <Td>
                  <Typography>{day(order.projectedReady)}</Typography>
                </Td>
              </>
            )}
            <Td>
              <Typography>{day(order.exFactoryDate)}</Typography>
            </Td>
            <Td>
              <Badge variant="danger">{order.daysLate}</Badge>
            </Td>
            {!compact && (
              <>
                <Td>
                  <Typography title={order.action ?? undefined}>
                    {order.cause
                      ? exceptionCause(order.cause, zh)
                      : `${riskLabel(order)} · ${t('atRisk.noCause', 'No exception recorded')}`}
                  </Typography>
                </Td>
                <Td>
                  <Typography>{order.owner ? (zh ? order.owner.nameZh : order.owner.name) : '—'}</Typography>
                </Td>
              </>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
