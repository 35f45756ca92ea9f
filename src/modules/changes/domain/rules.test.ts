import { DEFAULT_WORKFLOW_STAGES } from '../../workflow/domain/default-workflow';
import { createRuleRegistry } from '../../workflow/domain/rules';
import type { DocumentFact } from './rules';

const registry = createRuleRegistry();
const target = DEFAULT_WORKFLOW_STAGES.find((stage) => stage.key === 'materials-in-house')!;
const check = (documents: DocumentFact[]) =>
  registry
    .get('documents-current')!
    .check({ order: {}, lineCount: 1, target, signoffs: [], now: new Date(), documents }, {});

describe('documents-current', () => {
  it('passes when every kind\u2019s newest version is current', () => {
    expect(check([]).ok).toBe(true);
    expect(
      check([
        { kind: 'production-notice', version: 1, status: 'superseded' },
        { kind: 'production-notice', version: 2, status: 'current' },
      ]).ok
    ).toBe(true);
  });

  it('names the documents a change superseded', () => {
    expect(
      check([
        { kind: 'production-notice', version: 2, status: 'current' },
        { kind: 'production-permit', version: 1, status: 'superseded' },
      ])
    ).toMatchObject({ ok: false, message: 'superseded by an order change, re-issue first: production-permit v1' });
  });
});
