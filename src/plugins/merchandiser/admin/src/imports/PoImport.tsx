import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Tr, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ImportView } from '../../../../../modules/imports/contracts';
import { PO_HEADER_FIELDS, type PoHeaderField, type PoMapping } from '../../../../../modules/imports/domain/po-mapping';
import { orderEditUrl } from '../components/links';
import { TextLink } from '../components/TextLink';
import { useDay } from '../hooks/useDay';
import { useT } from '../hooks/useT';
import { MappingTitle, TableHead } from './MappingParts';
import { DateOrderField } from './DateOrderField';
import { quotedName, renamed } from './mapping';

const FIELD_NAMES: Record<PoHeaderField, string> = {
  poNumber: 'PO number',
  style: 'Style',
  orderDate: 'PO date',
  exFactoryDate: 'Ex-factory date',
  shipMode: 'Ship mode',
  fobPrice: 'FOB price',
  currency: 'Currency',
  season: 'Season',
  market: 'Market',
};

/**
 * Where a buyer's PO sheet holds each header field (choose one, click its
 * value on the sheet: kept by the label beside it), the buyer's sizes the
 * style's scale lacks and the buyer's colour names, the date order.
 */
export const PoMappingBox = ({
  view,
  mapping: po,
  setMapping,
  pointing,
  setPointing,
}: {
  view: ImportView;
  mapping: PoMapping;
  setMapping: (mapping: PoMapping) => void;
  pointing: string | null;
  setPointing: (field: string | null) => void;
}) => {
  const t = useT();
  const [colourFrom, setColourFrom] = useState('');
  const [colourTo, setColourTo] = useState('');
  const unknownSizes = [
    ...new Set(
      view.findings
        .filter((f) => f.rule === 'size-in-scale')
        .map((f) => quotedName(f.message))
        .filter((n): n is string => !!n)
    ),
  ];
  const anchorText = (field: PoHeaderField) => {
    const anchor = po.header[field];
    if (!anchor) return '—';
    return 'label' in anchor
      ? t('imports.anchor.label', 'beside “{label}”', { label: anchor.label })
      : t('imports.anchor.cell', 'cell {cell}', { cell: anchor.cell });
  };
  return (
    <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius data-testid="import-mapping">
      <MappingTitle
        source={view.summary.mappingSource}
        saved={t('imports.mapping.saved', "The customer's saved mapping.")}
        proposed={t(
          'imports.mapping.proposed',
          'Proposed by Gendan from the labels and sizes on the sheet: correct what is wrong — choose a field, then click its value on the sheet.'
        )}
      />
      <Flex gap={2} wrap="wrap" marginTop={3}>
        {PO_HEADER_FIELDS.map((field) => (
          <Button
            key={field}
            size="S"
            variant={pointing === field ? 'default' : 'tertiary'}
            onClick={() => setPointing(pointing === field ? null : field)}
            data-testid={`map-${field}`}
          >
            {t(`imports.field.${field}`, FIELD_NAMES[field])}: {anchorText(field)}
          </Button>
        ))}
      </Flex>
      {pointing && (
        <Typography textColor="primary600" tag="p">
          {t('imports.pointing', 'Click the cell that holds the {field}.', {
            field: t(`imports.field.${pointing}`, FIELD_NAMES[pointing as PoHeaderField]),
          })}
        </Typography>
      )}
      <Flex gap={4} wrap="wrap" marginTop={3} alignItems="flex-end">
        <DateOrderField value={po.dateOrder} onChange={(dateOrder) => setMapping({ ...po, dateOrder })} />
        {unknownSizes.map((size) => (
          <Field.Root name={`size-${size}`} key={size}>
            <Field.Label>{t('imports.sizeMeans', 'The buyer\'s size "{size}" is', { size })}</Field.Label>
            <TextInput
              value={po.sizes[size] ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                setMapping(renamed(po, 'sizes', size, event.target.value))
              }
              data-testid={`size-${size}`}
            />
          </Field.Root>
        ))}
        <Field.Root name="colourFrom">
          <Field.Label>{t('imports.colourFrom', "The buyer's colour")}</Field.Label>
          <TextInput
            value={colourFrom}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setColourFrom(event.target.value)}
          />
        </Field.Root>
        <Field.Root name="colourTo">
          <Field.Label>{t('imports.colourTo', 'is our colour')}</Field.Label>
          <TextInput
            value={colourTo}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setColourTo(event.target.value)}
          />
        </Field.Root>
        <Button
          variant="tertiary"
          disabled={!colourFrom.trim() || !colourTo.trim()}
          onClick={() => {
            setMapping(renamed(po, 'colours', colourFrom.trim(), colourTo));
            setColourFrom('');
            setColourTo('');
          }}
        >
          {t('imports.colourAdd', 'Add')}
        </Button>
      </Flex>
      {Object.keys(po.colours).length + Object.keys(po.sizes).length > 0 && (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {Object.entries({ ...po.sizes, ...po.colours })
            .map(([from, to]) => `${from} → ${to}`)
            .join(' · ')}
        </Typography>
      )}
    </Box>
  );
};

/** What the commit of a PO sheet writes (or wrote): counts, pieces per colour, and each PO with its changes. */
export const PoSummaryBox = ({ view }: { view: ImportView }) => {
  const t = useT();
  const { locale } = useIntl();
  const day = useDay();
  return (
    <>
      <Typography tag="p" textColor="neutral600" data-testid="import-summary">
        {t(
          'imports.summary',
          '{create} new, {change} changed ({revisions} by revision), {unchanged} unchanged · {pieces} pieces: {colours}',
          {
            create: view.summary.create ?? 0,
            change: view.summary.change ?? 0,
            revisions: view.summary.revisions ?? 0,
            unchanged: view.summary.unchanged ?? 0,
            pieces: (view.summary.pieces ?? 0).toLocaleString(locale),
            colours: (view.summary.byColour ?? [])
              .map((c) => `${c.colour} ${c.quantity.toLocaleString(locale)}`)
              .join(', '),
          }
        )}
      </Typography>
      {view.summary.orders && view.summary.orders.length > 0 && (
        <Table colCount={5} rowCount={view.summary.orders.length + 1}>
          <TableHead
            headers={[
              t('imports.po', 'PO'),
              t('imports.style', 'Style'),
              t('imports.exFactory', 'Ex-factory'),
              t('imports.pieces', 'Pieces'),
              t('imports.action', 'Change'),
            ]}
          />
          <Tbody>
            {view.summary.orders.map((order) => {
              const written = view.result?.orders?.find((o) => o.poNumber === order.poNumber);
              const documentIdOf = written?.documentId ?? order.documentId;
              return (
                <Tr key={`${order.sheet}-${order.at}`} data-testid="import-order">
                  <Td>
                    {documentIdOf ? (
                      <TextLink to={orderEditUrl(documentIdOf)}>
                        <Typography textColor="primary700">{order.poNumber}</Typography>
                      </TextLink>
                    ) : (
                      <Typography>{order.poNumber}</Typography>
                    )}
                  </Td>
                  <Td>
                    <Typography>{order.styleNo}</Typography>
                  </Td>
                  <Td>
                    <Typography>{day(order.exFactoryDate)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{order.pieces.toLocaleString(locale)}</Typography>
                  </Td>
                  <Td>
                    <Badge
                      variant={
                        order.action === 'create' ? 'success' : order.action === 'change' ? 'warning' : 'secondary'
                      }
                    >
                      {t(`imports.action.${order.action}`, order.action)}
                    </Badge>
                    {order.revision && <Badge variant="danger">{t('imports.revision', 'revision')}</Badge>}
                    {[
                      ...order.fieldChanges.map((c) => `${c.field}: ${String(c.before)} → ${String(c.after)}`),
                      ...order.lineChanges.map((c) => `${c.colour} ${c.size}: ${c.before} → ${c.after}`),
                    ].map((text) => (
                      <Typography key={text} variant="pi" tag="p" textColor="neutral600">
                        {text}
                      </Typography>
                    ))}
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </>
  );
};
