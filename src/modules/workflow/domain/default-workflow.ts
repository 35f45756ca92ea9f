import type { StageDefinition } from './stages';

type DefaultStage = Omit<
  StageDefinition,
  'optional' | 'terminal' | 'kind' | 'rules' | 'requiredSignoffs' | 'onTheLines' | 'countsAsShipped' | 'issuesDocument'
> &
  Partial<StageDefinition>;

const step = (stage: DefaultStage): StageDefinition => ({
  kind: 'step',
  optional: false,
  terminal: false,
  rules: [],
  requiredSignoffs: [],
  appliesWhen: null,
  onTheLines: false,
  countsAsShipped: false,
  issuesDocument: null,
  ...stage,
});

/** After the notice, every step waits for the documents an order change superseded to be re-issued. */
const withCurrentDocuments = (stage: StageDefinition): StageDefinition =>
  stage.kind === 'step' && stage.position > 20
    ? { ...stage, rules: [...stage.rules, { rule: 'documents-current', params: {} }] }
    : stage;

/**
 * The seed's 13 steps (第1篇 §五), created at bootstrap when no stage exists.
 * Sign-offs follow the source: the plan manager issues the notice; trade signs
 * the permit after the process group; the completion report is signed by
 * planning, trade and the factory manager.
 */
export const DEFAULT_WORKFLOW_STAGES: StageDefinition[] = (
  [
    step({ key: 'received', phase: 'pre-production', name: 'PO received', nameZh: '接单', position: 10 }),
    step({
      key: 'notice-issued',
      phase: 'pre-production',
      issuesDocument: 'production-notice',
      name: 'Production notice issued',
      nameZh: '下达生产通知单',
      position: 20,
      requiredSignoffs: ['planning'],
      rules: [
        { rule: 'size-breakdown-complete', params: {} },
        { rule: 'required-fields', params: { fields: ['style', 'exFactoryDate', 'materialIssueDate'] } },
        { rule: 'notice-lead-time', params: { days: 3 } },
      ],
    }),
    step({
      key: 'materials-in-house',
      phase: 'materials',
      name: 'Materials in house',
      nameZh: '面辅料到库',
      position: 30,
      requiredSignoffs: ['warehouse'],
      rules: [
        { rule: 'materials-in-house', params: {} },
        { rule: 'fabric-inspected-in-time', params: { days: 3 } },
      ],
    }),
    step({
      key: 'permit-granted',
      phase: 'materials',
      issuesDocument: 'production-permit',
      name: 'Production permit granted',
      nameZh: '生产许可证',
      position: 40,
      requiredSignoffs: ['process', 'trade'],
      rules: [{ rule: 'cutting-approved', params: {} }],
    }),
    step({
      key: 'materials-issued',
      phase: 'materials',
      name: 'Materials issued',
      nameZh: '发料',
      position: 50,
      requiredSignoffs: ['warehouse'],
      rules: [
        { rule: 'permit-or-pre-issue', params: {} },
        { rule: 'materials-issued', params: {} },
      ],
    }),
    step({
      key: 'in-production',
      phase: 'production',
      onTheLines: true,
      name: 'In production',
      nameZh: '生产中',
      position: 60,
    }),
    step({
      key: 'print-embroidery',
      phase: 'production',
      onTheLines: true,
      name: 'Print / embroidery',
      nameZh: '印绣花',
      position: 70,
      optional: true,
      appliesWhen: 'requiresPrintOrEmbroidery',
    }),
    step({
      key: 'washing',
      phase: 'production',
      onTheLines: true,
      name: 'Washing',
      nameZh: '水洗',
      position: 80,
      optional: true,
      appliesWhen: 'requiresWashing',
    }),
    step({
      key: 'packing',
      phase: 'finishing',
      onTheLines: true,
      name: 'Packing',
      nameZh: '后道包装',
      position: 90,
      rules: [{ rule: 'subcontract-returned', params: {} }],
    }),
    step({
      key: 'booked',
      phase: 'shipping',
      name: 'Shipping booked',
      nameZh: '托书',
      position: 100,
      requiredSignoffs: ['planning', 'trade'],
      rules: [
        { rule: 'trims-ready', params: {} },
        { rule: 'simulated-packing-list', params: {} },
        { rule: 'booking-documents-complete', params: {} },
      ],
    }),
    step({
      key: 'final-inspection',
      phase: 'shipping',
      name: 'Final inspection',
      nameZh: '大货尾查',
      position: 110,
      requiredSignoffs: ['qc'],
      rules: [{ rule: 'production-complete', params: {} }],
    }),
    step({
      key: 'shipped',
      phase: 'shipping',
      countsAsShipped: true,
      name: 'Shipped',
      nameZh: '出货',
      position: 120,
      requiredSignoffs: ['shipping'],
      rules: [
        { rule: 'final-inspection-passed', params: {} },
        { rule: 'shipment-within-tolerance', params: {} },
      ],
    }),
    step({
      key: 'completed',
      phase: 'closed',
      countsAsShipped: true,
      name: 'Completed and reconciled',
      nameZh: '完单/对账',
      position: 130,
      terminal: true,
      requiredSignoffs: ['planning', 'trade', 'factory'],
      rules: [{ rule: 'completion-signed', params: {} }],
    }),
    step({ key: 'on-hold', phase: 'hold', name: 'On hold', nameZh: '暂停', position: 900, kind: 'hold' }),
    step({
      key: 'cancelled',
      phase: 'cancelled',
      name: 'Cancelled',
      nameZh: '已取消',
      position: 910,
      kind: 'cancel',
      terminal: true,
    }),
  ] as StageDefinition[]
).map(withCurrentDocuments);
