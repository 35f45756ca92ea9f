import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  NumberInput,
  Table,
  Tbody,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ImportKind, ImportView } from '../../../../../modules/imports/contracts';
import { MASTER_TABLES } from '../../../../../modules/imports/domain/master-import';
import { PACKING_TABLE } from '../../../../../modules/imports/domain/packing-import';
import { REPORT_TABLE } from '../../../../../modules/imports/domain/report-import';
import type { TableField, TableKind, TableMapping } from '../../../../../modules/imports/domain/table';
import { orderEditUrl } from '../components/links';
import { TextLink } from '../components/TextLink';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';
import { MappingTitle, TableHead } from './MappingParts';
import { DateOrderField } from './DateOrderField';
import { quotedName } from './mapping';

/** The fields of each table kind, with their names in both languages (the server's own definitions). */
export const TABLE_KINDS: Partial<Record<ImportKind, TableKind>> = {
  'production-reports': REPORT_TABLE,
  'packing-lists': PACKING_TABLE,
  ...MASTER_TABLES,
};

/** Which of the sheet's names a finding asks to map to Gendan's, by its rule. */
const RENAMES: Record<string, string> = { 'line-unknown': 'line', 'colour-not-on-order': 'colour' };

interface MappingProps {
  kind: ImportKind;
  view: ImportView;
  mapping: TableMapping;
  setMapping: (mapping: TableMapping) => void;
  pointing: string | null;
  setPointing: (field: string | null) => void;
}

/**
 * Where a table sheet holds each field: the heading row, a column per field
 * (choose the field, click its heading) or, for what the whole sheet shares,
 * the labelled value above the table; the sheet's names for lines and colours.
 */
export const TableMappingBox = ({ kind, view, mapping, setMapping, pointing, setPointing }: MappingProps) => {
  const t = useT();
  const { locale } = useIntl();
  const zh = locale.startsWith('zh');
  const table = TABLE_KINDS[kind]!;
  const name = (field: TableField) => (zh ? field.labelZh : field.label);
  const where = (field: TableField) => {
    const column = mapping.columns[field.key];
    if (column) return t('imports.table.column', 'column {column}', { column });
    const anchor = mapping.header[field.key];
    if (anchor)
      return 'label' in anchor
        ? t('imports.anchor.label', 'beside “{label}”', { label: anchor.label })
        : t('imports.anchor.cell', 'cell {cell}', { cell: anchor.cell });
    return '—';
  };
  const renames = [
    ...new Map(
      view.findings
        .filter((f) => RENAMES[f.rule])
        .map((f) => [
          `${RENAMES[f.rule]}:${quotedName(f.message) ?? ''}`,
          { field: RENAMES[f.rule], text: quotedName(f.message) },
        ])
    ).values(),
  ].filter((r): r is { field: string; text: string } => !!r.text);
  const rename = (field: string, text: string, ours: string) => {
    const names = { ...(mapping.values[field] ?? {}) };
    if (ours.trim()) names[text] = ours.trim();
    else delete names[text];
    setMapping({ ...mapping, values: { ...mapping.values, [field]: names } });
  };

  return (
    <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius data-testid="import-mapping">
      <MappingTitle
        source={view.summary.mappingSource}
        saved={t('imports.mapping.savedTable', 'The mapping saved for sheets laid out like this one.')}
        proposed={t(
          'imports.mapping.proposedTable',
          'Proposed by Gendan from the headings on the sheet: correct what is wrong — choose a field, then click its heading (or, for the day, the line or the PO above the table, its value).'
        )}
      />
      <Flex gap={4} marginTop={3} alignItems="flex-end" wrap="wrap">
        <Field.Root name="headerRow">
          <Field.Label>{t('imports.table.headerRow', 'Headings in row')}</Field.Label>
          <NumberInput
            value={mapping.headerRow}
            onValueChange={(value: number | undefined) =>
              value && value >= 1 ? setMapping({ ...mapping, headerRow: Math.floor(value) }) : undefined
            }
            data-testid="map-headerRow"
          />
        </Field.Root>
        <DateOrderField value={mapping.dateOrder} onChange={(dateOrder) => setMapping({ ...mapping, dateOrder })} />
      </Flex>
      <Flex gap={2} wrap="wrap" marginTop={3}>
        {table.fields.map((field) => (
          <Button
            key={field.key}
            size="S"
            variant={pointing === field.key ? 'default' : 'tertiary'}
            onClick={() => setPointing(pointing === field.key ? null : field.key)}
            data-testid={`map-${field.key}`}
          >
            {name(field)}
            {field.required ? ' *' : ''}: {where(field)}
          </Button>
        ))}
        {table.sizeColumns && (
          <Button
            size="S"
            variant={pointing === '@size' ? 'default' : 'tertiary'}
            onClick={() => setPointing(pointing === '@size' ? null : '@size')}
            data-testid="map-size"
          >
            {t('imports.table.sizes', 'Sizes')}:{' '}
            {Object.entries(mapping.sizes)
              .map(([column, size]) => `${column} ${size}`)
              .join(', ') || '—'}
          </Button>
        )}
      </Flex>
      {pointing && (
        <Typography textColor="primary600" tag="p">
          {pointing === '@size'
            ? t('imports.table.pointingSize', 'Click the heading of a size column (again to remove it).')
            : t('imports.table.pointing', 'Click the heading of the {field} column.', {
                field: name(table.fields.find((f) => f.key === pointing)!),
              })}
        </Typography>
      )}
      {Object.values(mapping.values).some((names) => Object.keys(names).length > 0) && (
        <Typography variant="pi" textColor="neutral600" tag="p" data-testid="map-renames">
          {Object.values(mapping.values)
            .flatMap((names) => Object.entries(names).map(([from, to]) => `${from} → ${to}`))
            .join(' · ')}
        </Typography>
      )}
      {renames.length > 0 && (
        <Flex gap={4} wrap="wrap" marginTop={3}>
          {renames.map(({ field, text }) => (
            <Field.Root name={`rename-${field}-${text}`} key={`${field}-${text}`}>
              <Field.Label>
                {field === 'line'
                  ? t('imports.table.lineMeans', 'The sheet\'s line "{text}" is our line', { text })
                  : t('imports.table.colourMeans', 'The sheet\'s colour "{text}" is our colour', { text })}
              </Field.Label>
              <TextInput
                value={mapping.values[field]?.[text] ?? ''}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => rename(field, text, event.target.value)}
                data-testid={`rename-${field}-${text}`}
              />
            </Field.Root>
          ))}
        </Flex>
      )}
    </Box>
  );
};

/** What the commit of a daily output sheet, a packing list or master data writes (or wrote). */
export const TableSummaryBox = ({ view }: { view: ImportView }) => {
  const t = useT();
  const { locale } = useIntl();
  const day = useDay();
  const n = (value: number) => value.toLocaleString(locale);
  const { reports, packing, records } = view.summary;
  return (
    <>
      {records && (
        <>
          <Typography tag="p" textColor="neutral600" data-testid="import-summary">
            {t('imports.records.summary', '{create} new, {update} changed, {unchanged} unchanged', {
              create: n(records.create),
              update: n(records.update),
              unchanged: n(records.unchanged),
            })}
          </Typography>
          {records.preview.length > 0 && (
            <Table colCount={3} rowCount={records.preview.length + 1}>
              <TableHead
                headers={[
                  t('imports.reports.row', 'Row'),
                  t('imports.records.key', 'Code'),
                  t('imports.action', 'Change'),
                ]}
              />
              <Tbody>
                {records.preview.map((record) => (
                  <Tr key={`${record.sheet}-${record.row}`} data-testid="import-record">
                    <Td>
                      <Typography>{record.row}</Typography>
                    </Td>
                    <Td>
                      <Typography>{record.key}</Typography>
                    </Td>
                    <Td>
                      <Badge
                        variant={
                          record.action === 'create' ? 'success' : record.action === 'update' ? 'warning' : 'secondary'
                        }
                      >
                        {t(`imports.records.${record.action}`, record.action)}
                      </Badge>
                      {record.changes.map((c) => (
                        <Typography key={c.field} variant="pi" tag="p" textColor="neutral600">
                          {c.field}: {String(c.before ?? '—')} → {String(c.after ?? '—')}
                        </Typography>
                      ))}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </>
      )}
      {reports && (
        <>
          <Typography tag="p" textColor="neutral600" data-testid="import-summary">
            {t(
              'imports.reports.summary',
              '{create} new reports, {corrections} corrections, {unchanged} unchanged · {orders, plural, one {# order} other {# orders}} on {lines, plural, one {# line} other {# lines}}, {from} – {to} · good pieces: {pieces}',
              {
                create: n(reports.create),
                corrections: n(reports.corrections),
                unchanged: n(reports.unchanged),
                orders: reports.orders,
                lines: reports.lines,
                from: reports.dates ? day(reports.dates.from) : '—',
                to: reports.dates ? day(reports.dates.to) : '—',
                pieces: Object.entries(reports.pieces)
                  .filter(([, qty]) => qty !== 0)
                  .map(([operation, qty]) => `${t(`imports.operation.${operation}`, operation)} ${n(qty)}`)
                  .join(', '),
              }
            )}
          </Typography>
          {reports.preview.length > 0 && (
            <Table colCount={6} rowCount={reports.preview.length + 1}>
              <TableHead
                headers={[
                  t('imports.reports.row', 'Row'),
                  t('imports.reports.date', 'Date'),
                  t('imports.reports.line', 'Line'),
                  t('imports.po', 'PO'),
                  t('imports.reports.operation', 'Operation'),
                  t('imports.reports.good', 'Good / defects'),
                ]}
              />
              <Tbody>
                {reports.preview.map((r) => (
                  <Tr key={`${r.sheet}-${r.row}-${r.operation}`} data-testid="import-report">
                    <Td>
                      <Typography>{r.row}</Typography>
                    </Td>
                    <Td>
                      <Typography>{day(r.date)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{r.line}</Typography>
                    </Td>
                    <Td>
                      <TextLink to={orderEditUrl(r.order)}>
                        <Typography textColor="primary700">{r.poNumber}</Typography>
                      </TextLink>
                    </Td>
                    <Td>
                      <Typography>{t(`imports.operation.${r.operation}`, r.operation)}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {r.before ? `${n(r.before.goodQty)} / ${n(r.before.defectQty)} → ` : ''}
                        {n(r.goodQty)} / {n(r.defectQty)}
                      </Typography>{' '}
                      {r.action === 'correct' && (
                        <Badge variant="warning">{t('imports.reports.correction', 'correction')}</Badge>
                      )}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </>
      )}
      {packing && (
        <>
          <Typography tag="p" textColor="neutral600" data-testid="import-summary">
            {t(
              'imports.packing.summary',
              '{orders} final packing lists ({replacements} replacing one on file) · {cartons} cartons, {pieces} pieces',
              {
                orders: n(packing.orders),
                replacements: n(packing.replacements),
                cartons: n(packing.cartons),
                pieces: n(packing.pieces),
              }
            )}
          </Typography>
          {packing.lists.length > 0 && (
            <Table colCount={5} rowCount={packing.lists.length + 1}>
              <TableHead
                headers={[
                  t('imports.po', 'PO'),
                  t('imports.packing.cartons', 'Cartons'),
                  t('imports.pieces', 'Pieces'),
                  t('imports.packing.weights', 'CBM · net / gross kg'),
                  t('imports.packing.against', 'Against the order'),
                ]}
              />
              <Tbody>
                {packing.lists.map((list) => (
                  <Tr key={list.order} data-testid="import-packing-list">
                    <Td>
                      <TextLink to={orderEditUrl(list.order)}>
                        <Typography textColor="primary700">{list.poNumber}</Typography>
                      </TextLink>{' '}
                      {list.action === 'replace' && (
                        <Badge variant="warning">{t('imports.packing.replace', 'replaces')}</Badge>
                      )}
                    </Td>
                    <Td>
                      <Typography>{n(list.totals.cartons)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{n(list.totals.pieces)}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {list.totals.cbm} · {list.totals.netKg} / {list.totals.grossKg}
                      </Typography>
                    </Td>
                    <Td>
                      {list.comparison
                        .filter((c) => c.difference !== 0)
                        .map((c) => (
                          <Typography key={`${c.colour}-${c.size}`} variant="pi" tag="p" textColor="neutral600">
                            {c.colour} {c.size}: {n(c.packed)} / {n(c.quantity)} ({c.difference > 0 ? '+' : ''}
                            {n(c.difference)})
                          </Typography>
                        ))}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </>
      )}
    </>
  );
};
