import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { LineLoadRow } from '../../../shared/contracts/dashboard';
import { useT } from '../hooks/useT';

/** What each line must sew per day to keep its orders' dates, against its capacity. */
export const LineLoadTable = ({ rows }: { rows: LineLoadRow[] }) => {
  const { formatNumber } = useIntl();
  const t = useT();
  return (
    <Table colCount={4} rowCount={rows.length + 1} data-testid="line-load">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('lineLoad.line', 'Line')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('lineLoad.planned', 'Needed / day')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('lineLoad.capacity', 'Capacity / day')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('lineLoad.load', 'Load')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.line.documentId}>
            <Td>
              <Typography>
                {row.line.name}
                {row.line.factory ? ` · ${row.line.factory}` : ''}
              </Typography>
            </Td>
            <Td>
              <Typography>{formatNumber(row.plannedPerDay)}</Typography>
            </Td>
            <Td>
              <Typography>{formatNumber(row.dailyCapacity)}</Typography>
            </Td>
            <Td>
              {row.loadPct === null ? (
                '—'
              ) : (
                <Badge variant={row.loadPct > 100 ? 'danger' : row.loadPct > 85 ? 'warning' : 'success'}>
                  {row.loadPct} %
                </Badge>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
