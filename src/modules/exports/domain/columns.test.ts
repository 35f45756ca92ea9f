import { asDate, schemaColumns } from './columns';

describe('the columns of an exported list, read from the schema', () => {
  const attributes = {
    poNumber: { type: 'string' },
    fobPrice: { type: 'decimal' },
    exFactoryDate: { type: 'date' },
    customer: { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' },
    lines: { type: 'relation', relation: 'oneToMany', target: 'api::order-line.order-line' },
    stageDates: { type: 'json' },
    secret: { type: 'string', private: true },
    // A field an administrator added in the Content-Type Builder: no trade term, still exported.
    buyerSeasonCode: { type: 'string' },
  };
  const terms = {
    poNumber: { zh: '客户订单号', en: 'PO number' },
    fobPrice: { zh: 'FOB单价', en: 'FOB price, per piece' },
  };

  it('exports scalars and to-one relations, headed by the trade term or the field’s own name', () => {
    const columns = schemaColumns(attributes, terms, () => (related) => String(related.name));
    expect(columns.map((column) => column.field)).toEqual([
      'poNumber',
      'fobPrice',
      'exFactoryDate',
      'customer',
      'buyerSeasonCode',
    ]);
    expect(columns[0].header).toEqual({ zh: '客户订单号', en: 'PO number' });
    expect(columns[1].header).toEqual({ zh: 'FOB单价', en: 'FOB price' });
    expect(columns[4].header).toEqual({ zh: '', en: 'buyerSeasonCode' });
  });

  it('keeps numbers as numbers and dates as dates', () => {
    const columns = schemaColumns(attributes, terms, () => (related) => String(related.name));
    const row = {
      poNumber: 'SKJ-1',
      fobPrice: '6.5000',
      exFactoryDate: '2026-12-20',
      customer: { name: 'Shikoku' },
      buyerSeasonCode: null,
    };
    expect(columns.map((column) => column.value(row))).toEqual([
      'SKJ-1',
      6.5,
      new Date('2026-12-20T00:00:00Z'),
      'Shikoku',
      null,
    ]);
    expect(columns[2].format).toBe('yyyy-mm-dd');
    expect(asDate('not a date')).toBeNull();
  });
});
