import { checkPortalQuery } from './query';

const rules = { fields: ['poNumber', 'stage', 'exFactoryDate'], maxPageSize: 100 };
const check = (query: Record<string, unknown>) => checkPortalQuery(query, rules);

describe('checkPortalQuery', () => {
  it('accepts filters and sorts on visible fields, with defaults', () => {
    expect(
      check({ filters: { stage: 'shipped', exFactoryDate: { $gte: '2026-11-01' } }, sort: 'exFactoryDate:desc' })
    ).toEqual({
      query: {
        filters: { stage: { $eq: 'shipped' }, exFactoryDate: { $gte: '2026-11-01' } },
        sort: ['exFactoryDate:desc'],
        page: 1,
        pageSize: 25,
      },
      violations: [],
    });
  });

  it.each([
    [{ populate: '*' }, 'populate'],
    [{ fields: ['notes'] }, 'fields'],
    [{ filters: { notes: { $contains: 'secret' } } }, 'filters.notes'],
    [{ filters: { customer: { id: { $ne: 1 } } } }, 'filters.customer'],
    [{ filters: { $or: [{ stage: 'shipped' }] } }, 'filters.$or'],
    [{ filters: { stage: { $or: ['a'] } } }, 'filters.stage'],
    [{ filters: { stage: { $eq: { $ne: 'x' } } } }, 'filters.stage'],
    [{ sort: 'fobPrice:asc' }, 'sort'],
    [{ pagination: { pageSize: 1000 } }, 'pagination.pageSize'],
    [{ pagination: { page: 0 } }, 'pagination.page'],
  ])('refuses %j', (query, path) => {
    expect(check(query).violations.map((v) => v.path.join('.'))).toContain(path);
  });
});
