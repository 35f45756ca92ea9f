import { DEFAULT_WORKFLOW_STAGES } from './default-workflow';
import { createRuleRegistry } from './rules';
import { checkStage } from './workflow-config';
import type { StageDefinition } from './stages';

const registry = createRuleRegistry();
const facts = { orderFields: { season: 'string', requiresWashing: 'boolean', exFactoryDate: 'date' } };
const others = DEFAULT_WORKFLOW_STAGES.filter((stage) => stage.key !== 'washing');
const washing = DEFAULT_WORKFLOW_STAGES.find((stage) => stage.key === 'washing')!;
const rules = (stage: Partial<StageDefinition>) =>
  checkStage({ ...washing, ...stage }, others, registry, facts).map((v) => `${v.path.join('.')}:${v.rule}`);

describe('checkStage', () => {
  it('accepts every default stage', () => {
    for (const stage of DEFAULT_WORKFLOW_STAGES) {
      const rest = DEFAULT_WORKFLOW_STAGES.filter((other) => other !== stage);
      expect(
        checkStage(stage, rest, registry, {
          orderFields: {
            ...facts.orderFields,
            requiresPrintOrEmbroidery: 'boolean',
            style: 'relation',
            materialIssueDate: 'date',
          },
        })
      ).toEqual([]);
    }
  });

  it('refuses malformed and duplicate keys', () => {
    expect(rules({ key: 'Final Inspection' })).toEqual(['key:stage-key-format']);
    expect(rules({ key: 'packing' })).toEqual(['key:unique']);
  });

  it('refuses a second hold or cancel stage and bad terminal flags', () => {
    expect(rules({ key: 'paused', kind: 'hold', phase: 'hold', onTheLines: false, optional: false })).toEqual([
      'kind:single-hold-stage',
    ]);
    expect(
      rules({ key: 'void', kind: 'cancel', phase: 'cancelled', onTheLines: false, optional: false, terminal: false })
    ).toEqual(['kind:single-cancel-stage', 'terminal:cancel-terminal']);
  });

  it('needs a boolean order field for an optional stage', () => {
    expect(rules({ appliesWhen: null })).toEqual(['appliesWhen:applies-when-field']);
    expect(rules({ appliesWhen: 'season' })).toEqual(['appliesWhen:applies-when-field']);
  });

  it('refuses unknown rules, invalid params and unknown fields', () => {
    expect(rules({ rules: [{ rule: 'moon-phase' }] })).toEqual(['rules.0.rule:unknown-rule']);
    expect(rules({ rules: [{ rule: 'notice-lead-time', params: { days: -3 } }] })).toEqual([
      'rules.0.params:rule-params',
    ]);
    expect(rules({ rules: [{ rule: 'required-fields', params: { fields: ['season', 'colourway'] } }] })).toEqual([
      'rules.0.params:unknown-field',
    ]);
  });
});
