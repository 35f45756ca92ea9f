import { checkFilterValues, checkWriteValues, scalarProblem, type Attributes } from './attribute-values';

const ORDER: Attributes = {
  poNumber: { type: 'string', required: true, maxLength: 60 },
  totalQuantity: { type: 'integer' },
  fobPrice: { type: 'decimal' },
  exFactoryDate: { type: 'date' },
  notes: { type: 'text' },
  customer: { type: 'relation', target: 'customer' },
  rolls: { type: 'component', component: 'roll', repeatable: true },
};
const MODELS: Record<string, Attributes> = {
  customer: { name: { type: 'string' }, since: { type: 'date' }, active: { type: 'boolean' } },
  roll: { yards: { type: 'decimal', required: true }, points: { type: 'integer' }, note: { type: 'string' } },
};
const lookup = (uid: string) => MODELS[uid];
const paths = (violations: Array<{ path: Array<string | number> }>) => violations.map((v) => v.path.join('.'));

describe('scalar ranges', () => {
  // PostgreSQL's integer is 32-bit signed: −2 147 483 648 … 2 147 483 647.
  it('bounds integers to 32 bits', () => {
    expect(scalarProblem('integer', 2_147_483_647)).toBeNull();
    expect(scalarProblem('integer', 2_147_483_648)).not.toBeNull();
    expect(scalarProblem('integer', 1e20)).not.toBeNull();
    expect(scalarProblem('integer', 2.5)).not.toBeNull();
    expect(scalarProblem('integer', '12')).toBeNull();
  });

  // decimal(10,2) holds at most 99 999 999.99.
  it('bounds decimals to (10,2)', () => {
    expect(scalarProblem('decimal', 99_999_999.99)).toBeNull();
    expect(scalarProblem('decimal', 100_000_000)).not.toBeNull();
    expect(scalarProblem('decimal', 1e12)).not.toBeNull();
    expect(scalarProblem('decimal', 'abc')).not.toBeNull();
  });

  it('wants real dates and date-times', () => {
    expect(scalarProblem('date', '2026-02-28')).toBeNull();
    expect(scalarProblem('date', '2026-02-31')).not.toBeNull();
    expect(scalarProblem('date', '2026-11-29T08:00:00.000Z')).toBeNull();
    expect(scalarProblem('datetime', '2026-11-29T08:00:00.000Z')).toBeNull();
    expect(scalarProblem('datetime', '2026-13-29T08:00:00Z')).not.toBeNull();
    expect(scalarProblem('boolean', 'maybe')).not.toBeNull();
    expect(scalarProblem('biginteger', '9223372036854775808')).not.toBeNull();
    expect(scalarProblem('biginteger', '9223372036854775807')).toBeNull();
  });
});

describe('write values', () => {
  it('names each field out of range, in components too', () => {
    const found = checkWriteValues(
      ORDER,
      {
        poNumber: '   ',
        totalQuantity: 1e20,
        fobPrice: 1e9,
        exFactoryDate: '2026-02-31',
        notes: 'x'.repeat(20_001),
        rolls: [
          { yards: 120, points: 3 },
          { yards: 130, points: 1e12 },
        ],
      },
      lookup
    );
    expect(paths(found)).toEqual(['poNumber', 'totalQuantity', 'fobPrice', 'exFactoryDate', 'notes', 'rolls.1.points']);
    expect(found[0].rule).toBe('required');
    expect(found[4].rule).toBe('max-length');
  });

  it('refuses an object or a list where text belongs (it would reach a query as an operator)', () => {
    expect(paths(checkWriteValues(ORDER, { poNumber: { $gt: 1 }, notes: ['a'] }, lookup))).toEqual([
      'poNumber',
      'notes',
    ]);
  });

  it('passes a good record, and references by documentId or id in every shape Strapi takes', () => {
    expect(
      checkWriteValues(
        ORDER,
        { poNumber: 'RWM-26-0931', totalQuantity: 721, fobPrice: '12.50', customer: 'abc', other: 1 },
        lookup
      )
    ).toEqual([]);
    for (const customer of [
      7,
      '7',
      { id: 7 },
      [{ documentId: 'x' }],
      { connect: [{ id: 7, position: { end: true } }], disconnect: [] },
      { set: ['x'] },
    ]) {
      expect(checkWriteValues(ORDER, { customer }, lookup)).toEqual([]);
    }
  });

  it('refuses a reference that is not an id or a documentId', () => {
    for (const customer of [
      { connect: [{ id: 'abc' }] },
      { set: 'x' },
      -3,
      1e20,
      { connect: [{}] },
      { link: [] },
      ['x', { id: 2.5 }],
    ]) {
      expect([customer, paths(checkWriteValues(ORDER, { customer }, lookup))]).toEqual([customer, ['customer']]);
    }
  });

  it('refuses unknown fields in a component item, a new item without its required fields, and a non-object item', () => {
    const found = checkWriteValues(ORDER, { rolls: [{ id: 4, points: 2 }, { unknownField: 1 }, 'x'] }, lookup);
    expect(found.map((v) => `${v.path.join('.')}:${v.rule}`)).toEqual([
      'rolls.1.unknownField:unknown-field',
      'rolls.1.yards:required',
      'rolls.2:component-shape',
    ]);
  });

  it('holds strings without a maxLength to the varchar(255) column', () => {
    expect(paths(checkWriteValues(ORDER, { rolls: [{ yards: 1, note: 'x'.repeat(256) }] }, lookup))).toEqual([
      'rolls.0.note',
    ]);
  });
});

describe('filter values', () => {
  it('refuses a word compared with a number, naming the filter', () => {
    expect(paths(checkFilterValues(ORDER, { totalQuantity: { $gt: 'abc' } }, lookup))).toEqual([
      'filters.totalQuantity.$gt',
    ]);
  });

  it('follows logical operators, relations, arrays and implicit ids', () => {
    const found = checkFilterValues(
      ORDER,
      {
        $and: [{ exFactoryDate: { $between: ['2026-01-01', '2026-02-30'] } }, { customer: { since: { $lt: 'soon' } } }],
        $or: { 0: { id: 'x' } },
        customer: { active: 'maybe' },
      },
      lookup
    );
    expect(paths(found)).toEqual([
      'filters.$and.0.exFactoryDate.$between',
      'filters.$and.1.customer.since.$lt',
      'filters.$or.0.id',
      'filters.customer.active',
    ]);
  });

  it("refuses a word compared with a relation's or component's id", () => {
    expect(paths(checkFilterValues(ORDER, { customer: { $eq: 'no-such-document' }, rolls: 'x' }, lookup))).toEqual([
      'filters.customer.$eq',
      'filters.rolls',
    ]);
    expect(checkFilterValues(ORDER, { customer: { $eq: '12', name: { $eq: 'x' } } }, lookup)).toEqual([]);
  });

  it('passes good filters and operators it does not type ($contains, $null)', () => {
    expect(
      checkFilterValues(
        ORDER,
        { totalQuantity: { $gte: '100', $in: ['1', 2] }, poNumber: { $containsi: 'rwm' }, fobPrice: { $null: 'true' } },
        lookup
      )
    ).toEqual([]);
  });
});
