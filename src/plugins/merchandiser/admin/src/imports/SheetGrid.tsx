import { Box, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ImportFinding } from '../../../../../modules/imports/domain/findings';
import { useT } from '../hooks/useT';
import { columnLetters } from './mapping';

export interface DrawnSheet {
  name: string;
  rowCount: number;
  columnCount: number;
  rows: string[][];
}

const CELL: React.CSSProperties = {
  border: '1px solid #dcdce4',
  padding: '2px 6px',
  minWidth: 56,
  maxWidth: 220,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  fontSize: 12,
  cursor: 'pointer',
};
const HEAD: React.CSSProperties = {
  ...CELL,
  background: '#f6f6f9',
  color: '#666687',
  textAlign: 'center',
  cursor: 'default',
};

/**
 * The imported file drawn as a grid: the cells the dry run refused in red
 * (warnings in amber), the cells it read outlined, the chosen cell marked;
 * a click on a cell is the page's to interpret (pointing the mapping).
 */
export const SheetGrid = ({
  sheets,
  sheet,
  selected,
  findings,
  readCells,
  onSheet,
  onCell,
}: {
  sheets: DrawnSheet[];
  sheet: DrawnSheet;
  selected: string | null;
  findings: ReadonlyMap<string, ImportFinding>;
  readCells: ReadonlySet<string>;
  onSheet: (name: string) => void;
  onCell: (row: number, column: number) => void;
}) => {
  const t = useT();
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  return (
    <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius>
      <Flex justifyContent="space-between" alignItems="center">
        <Typography variant="delta" tag="h2">
          {t('imports.sheet', 'The sheet')}
          {selected ? ` · ${selected}` : ''}
        </Typography>
        {sheets.length > 1 && (
          <SingleSelect
            value={sheet.name}
            onChange={(value: string | number) => onSheet(String(value))}
            aria-label={t('imports.sheet', 'The sheet')}
          >
            {sheets.map((s) => (
              <SingleSelectOption key={s.name} value={s.name}>
                {s.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        )}
      </Flex>
      <Box marginTop={3} style={{ overflow: 'auto', maxHeight: 480 }}>
        <table style={{ borderCollapse: 'collapse' }} data-testid="import-sheet">
          <thead>
            <tr>
              <th style={HEAD} />
              {Array.from({ length: Math.min(sheet.columnCount, 60) }, (_, c) => (
                <th key={c} style={HEAD}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((cells, r) => (
              <tr key={r}>
                <th style={HEAD}>{r + 1}</th>
                {Array.from({ length: Math.min(sheet.columnCount, 60) }, (_, c) => {
                  const cell = `${columnLetters(c)}${r + 1}`;
                  const found = findings.get(cell);
                  const style: React.CSSProperties = {
                    ...CELL,
                    background: found ? (found.severity === 'error' ? '#fcecea' : '#fdf4dc') : undefined,
                    outline:
                      selected === cell ? '2px solid #4945ff' : readCells.has(cell) ? '2px solid #66b7f1' : undefined,
                  };
                  return (
                    <td
                      key={c}
                      style={style}
                      title={found ? (zh ? found.messageZh : found.message) : cells[c]}
                      onClick={() => onCell(r, c)}
                      data-cell={cell}
                    >
                      {cells[c] ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
      {sheet.rowCount > sheet.rows.length && (
        <Typography variant="pi" textColor="neutral600">
          {t('imports.sheet.more', 'The first {shown} of {rows} rows.', {
            shown: sheet.rows.length,
            rows: sheet.rowCount,
          })}
        </Typography>
      )}
    </Box>
  );
};
