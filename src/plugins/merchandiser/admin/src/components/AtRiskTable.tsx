import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { AtRiskOrder } from '../../../shared/contracts/dashboard';
import { getTranslation } from '../pluginId';
import { orderEditUrl } from './links';

const CAUSES_ZH: Record<string, string> = {
  'wrong-plan': '计划失误',
  'machine-failure': '机器故障',
  'material-late': '物料延误',
  'material-short': '物料不足',
  'high-defect-rate': '次品率高',
  'rush-order': '急单插单',
  'upstream-delay': '前序延误',
  'low-morale': '士气低落/缺勤/流失',
  'too-few-workers': '上线人数不足',
  other: '其他',
};

/** Orders projected to miss their ex-factory date, most late first, with why and who acts. */
export const AtRiskTable = ({ orders, compact = false }: { orders: AtRiskOrder[]; compact?: boolean }) => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
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
              <Link to={orderEditUrl(order.documentId)} data-testid="at-risk-order">
                <Typography fontWeight="bold">{order.poNumber}</Typography>
              </Link>
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
                  <Typography>{order.projectedReady ?? '—'}</Typography>
                </Td>
              </>
            )}
            <Td>
              <Typography>{order.exFactoryDate}</Typography>
            </Td>
            <Td>
              <Badge variant="danger">{order.daysLate}</Badge>
            </Td>
            {!compact && (
              <>
                <Td>
                  <Typography title={order.action ?? undefined}>
                    {order.cause
                      ? zh
                        ? (CAUSES_ZH[order.cause] ?? order.cause)
                        : order.cause
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
