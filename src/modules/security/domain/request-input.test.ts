import { bodyLimitFor, capErrorBody, checkPagination, depthOf, findNul, MAX_LISTED_ERRORS } from './request-input';

describe('NUL characters', () => {
  it('finds one in a nested string, a key or an array item, with its path', () => {
    expect(findNul({ data: { order: '\u0000' } })).toEqual(['data', 'order']);
    expect(findNul({ data: { lines: ['ok', 'a\u0000b'] } })).toEqual(['data', 'lines', 1]);
    expect(findNul({ filters: { 'po\u0000': 'x' } })).toEqual(['filters', 'po\\u0000']);
    expect(findNul('\u0000', ['id'])).toEqual(['id']);
  });

  it('passes clean values, numbers and nulls', () => {
    expect(findNul({ data: { quantity: 3, note: null, name: '丝带批次 0' } })).toBeNull();
  });
});

describe('nesting depth', () => {
  it('counts objects and arrays', () => {
    expect(depthOf(3)).toBe(0);
    expect(depthOf({})).toBe(1);
    expect(depthOf({ data: { lines: [{ size: 'S' }] } })).toBe(4);
  });

  it('measures a hostile 100 000-deep value without a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(depthOf(deep)).toBe(100_000);
  });
});

describe('pagination', () => {
  it('accepts whole numbers in range', () => {
    expect(checkPagination({ pagination: { page: '2', pageSize: '25' } })).toEqual([]);
    expect(checkPagination({ pagination: { start: '0', limit: '-1' } })).toEqual([]);
    expect(checkPagination({ page: '1', pageSize: 10 })).toEqual([]);
  });

  it.each([
    [{ pagination: { page: '1e300' } }, 'pagination.page'],
    [{ pagination: { page: '0' } }, 'pagination.page'],
    [{ pagination: { page: 'abc' } }, 'pagination.page'],
    [{ pagination: { pageSize: '-5' } }, 'pagination.pageSize'],
    [{ pagination: { start: '1.5' } }, 'pagination.start'],
    [{ pagination: { page: '2147483648' } }, 'pagination.page'],
    [{ pagination: 'all' }, 'pagination'],
    [{ page: '1e3' }, 'page'],
  ])('refuses %j naming %s', (query, path) => {
    expect(checkPagination(query).map((v) => v.path.join('.'))).toEqual([path]);
  });
});

describe('body limits', () => {
  const limits = [
    { prefix: '/api', bytes: 512 * 1024 },
    { prefix: '/api/auth', bytes: 16 * 1024 },
  ];
  it('takes the longest matching prefix', () => {
    expect(bodyLimitFor('/api/auth/local', limits)).toBe(16 * 1024);
    expect(bodyLimitFor('/api/orders', limits)).toBe(512 * 1024);
    expect(bodyLimitFor('/admin/login', limits)).toBeNull();
  });
});

describe('error answers', () => {
  it('list at most the first errors and count the rest', () => {
    const errors = Array.from({ length: 50_000 }, (_, i) => ({ path: [`k${i}`], message: 'unknown' }));
    const capped = capErrorBody({ message: 'x'.repeat(300_000), details: { errors } });
    expect(capped.details?.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(capped.details?.more).toBe(50_000 - MAX_LISTED_ERRORS);
    expect(JSON.stringify(capped).length).toBeLessThan(3_000);
  });

  it('drop the echo of a large rejected value, keeping path and message', () => {
    const value = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, 1]));
    const capped = capErrorBody({
      message: 'data field has unspecified keys',
      details: { errors: [{ path: ['data'], message: 'x'.repeat(5_000), name: 'ValidationError', value }] },
    });
    expect(JSON.stringify(capped).length).toBeLessThan(1_000);
    expect(capped.details?.errors?.[0]).toMatchObject({ path: ['data'], name: 'ValidationError' });
  });
});
