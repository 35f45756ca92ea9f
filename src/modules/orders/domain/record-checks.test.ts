import { checkLineHasOrder, checkLinesWritable, checkOrderDeletion, checkRevisionReason } from './record-checks';

const rules = (found: Array<{ rule: string }>) => found.map((v) => v.rule);

describe('a committed order', () => {
  it('is cancelled, not deleted; its lines change by revision', () => {
    expect(checkOrderDeletion(false)).toEqual([]);
    expect(rules(checkOrderDeletion(true))).toEqual(['delete-committed-order']);
    expect(checkLinesWritable(false)).toEqual([]);
    expect(rules(checkLinesWritable(true))).toEqual(['lines-by-revision']);
    expect(rules(checkLineHasOrder(false))).toEqual(['order-required']);
  });

  it('says why its terms change', () => {
    const change = { committed: true, changedFields: ['exFactoryDate', 'fobPrice'], reason: '' };
    expect(checkRevisionReason(change).map((v) => [v.rule, v.message])).toEqual([
      ['revision-reason', 'the order is past its first stage: changing exFactoryDate, fobPrice needs a revisionReason'],
    ]);
    expect(checkRevisionReason({ ...change, reason: 'buyer moved the vessel' })).toEqual([]);
    expect(checkRevisionReason({ ...change, committed: false })).toEqual([]);
    expect(checkRevisionReason({ ...change, changedFields: [] })).toEqual([]);
  });
});
