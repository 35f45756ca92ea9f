import { DEFAULT_WORKFLOW_STAGES } from '../../workflow/domain/default-workflow';
import { createRuleRegistry } from '../../workflow/domain/rules';
import type { ProductionFacts } from './rule-inputs';
import { emptyOutput } from './progress';

const registry = createRuleRegistry();
const target = DEFAULT_WORKFLOW_STAGES.find((stage) => stage.key === 'final-inspection')!;
const check = (rule: string, production: ProductionFacts) =>
  registry.get(rule)!.check({ order: {}, lineCount: 1, target, signoffs: [], now: new Date(), production }, {});
const facts = (packing: number, jobsOut: ProductionFacts['jobsOut'] = []): ProductionFacts => ({
  ordered: 300,
  minimumToShip: 300,
  output: { ...emptyOutput(), packing },
  jobsOut,
});

describe('production rules', () => {
  it('production-complete counts packed pieces against the quantity to ship', () => {
    expect(check('production-complete', facts(300)).ok).toBe(true);
    expect(check('production-complete', facts(250))).toMatchObject({
      ok: false,
      message: 'packed 250 of 300 pieces needed to ship (50 to go)',
    });
  });

  it('subcontract-returned names each job with pieces out', () => {
    expect(
      check('subcontract-returned', facts(0, [{ supplier: 'Jintan', process: 'wash', out: 0, dueDate: null }])).ok
    ).toBe(true);
    const out = check(
      'subcontract-returned',
      facts(0, [{ supplier: 'Jintan', process: 'wash', out: 120, dueDate: '2026-12-01' }])
    );
    expect(out).toMatchObject({
      ok: false,
      message: 'subcontracted pieces still out: 120 pieces at Jintan (wash, due 2026-12-01)',
      messageZh: '外发未收回:Jintan 尚有 120 件(水洗,应回 2026-12-01)',
    });
  });
});
