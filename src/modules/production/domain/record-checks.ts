import { positive, violation, type Violation } from '../../../platform/domain/violation';

/**
 * What a write of a production record must satisfy, decided from the record and
 * the facts the glue loaded — in English and Chinese, naming the field and rule.
 */

export interface ProductionLineFacts {
  /** The factory the line belongs to, with its supplier kinds; null when none is set. */
  factory: { name: string; kinds: readonly string[] } | null;
  dailyCapacity: unknown;
}

/** A production line (生产线) belongs to a garment factory and has a positive daily capacity. */
export function checkProductionLine(facts: ProductionLineFacts): Violation[] {
  return [
    ...(facts.factory && !facts.factory.kinds.includes('garment-factory')
      ? [
          violation(
            ['factory'],
            'factory-kind',
            `${facts.factory.name} is not a garment factory (supplier kind garment-factory)`,
            `${facts.factory.name} 不是成衣工厂(供应商类型 garment-factory)`
          ),
        ]
      : []),
    ...positive(['dailyCapacity'], facts.dailyCapacity, '日产能', 'capacity-positive'),
  ];
}

/**
 * A daily report's key (order, line, date, operation) never changes, and a
 * changed count says why: the correction is appended, the old figures kept.
 */
export function checkReportCorrection(facts: {
  keyChanged: readonly string[];
  countsChanged: readonly string[];
  reason: string;
}): Violation[] {
  return [
    ...facts.keyChanged.map((field) =>
      violation(
        [field],
        'report-key-fixed',
        `${field} of a daily report cannot change: delete the report and post the right one`,
        `日报的 ${field} 不能修改:请删除该日报后重新提交`
      )
    ),
    ...(facts.countsChanged.length > 0 && !facts.reason
      ? [
          violation(
            ['correctionReason'],
            'correction-reason',
            `correcting ${facts.countsChanged.join(', ')} needs a correctionReason`,
            `更正 ${facts.countsChanged.join('、')} 须填写更正原因(correctionReason)`
          ),
        ]
      : []),
  ];
}

export interface ProductionReportFacts {
  hasOrder: boolean;
  hasLine: boolean;
  /** The report's day and the order's date, as yyyy-MM-dd. */
  date: string;
  orderDate: string | null;
  today: string;
}

/** A daily report (生产日报) is for an order and a line, dated between the order date and today. */
export function checkProductionReport(facts: ProductionReportFacts): Violation[] {
  const found: Violation[] = [];
  if (!facts.hasOrder) found.push(violation(['order'], 'order-required', 'order is required', '必须指定订单'));
  if (!facts.hasLine) found.push(violation(['line'], 'line-required', 'line is required', '必须指定生产线'));
  if (facts.date > facts.today) {
    found.push(violation(['date'], 'date-in-future', 'a report cannot be dated in the future', '日报日期不能晚于今天'));
  }
  if (facts.orderDate && facts.date < facts.orderDate) {
    found.push(
      violation(
        ['date'],
        'date-before-order',
        `a report cannot be dated before the order date ${facts.orderDate}`,
        `日报日期不能早于下单日期 ${facts.orderDate}`
      )
    );
  }
  return found;
}

/** A customer-approved new ex-factory date, once applied to the order, is not changed on the same exception. */
export const checkDelayNotApplied = (facts: { appliedAt: string | null; dateChanged: boolean }): Violation[] =>
  facts.appliedAt && facts.dateChanged
    ? [
        violation(
          ['newExFactoryDate'],
          'delay-applied',
          'the new date was already applied to the order; open a new exception',
          '新交期已应用到订单;如需再改,请新建异常'
        ),
      ]
    : [];

/** A production exception (生产异常) is for an order and says what happened. */
export const checkProductionException = (facts: { hasOrder: boolean; description: string | null }): Violation[] => [
  ...(facts.hasOrder ? [] : [violation(['order'], 'order-required', 'order is required', '必须指定订单')]),
  ...(String(facts.description ?? '').trim()
    ? []
    : [
        violation(
          ['description'],
          'description-required',
          'say what happened (description)',
          '请说明发生了什么(description)'
        ),
      ]),
];

/** The supplier kind that does each outside process. */
export const PROCESS_KIND: Readonly<Record<string, string>> = {
  wash: 'wash',
  print: 'print',
  embroidery: 'embroidery',
};

export interface SubcontractJobFacts {
  hasOrder: boolean;
  supplier: { name: string; kinds: readonly string[] } | null;
  process: string;
  qtySent: number;
  qtyReceived: number;
  defects: number;
  sentAt: string | null;
  receivedAt: string | null;
}

/** A subcontract job (外发) goes to a supplier of the process's kind; never more back than sent, nor received before sent. */
export function checkSubcontractJob(facts: SubcontractJobFacts): Violation[] {
  const { supplier } = facts;
  return [
    ...(facts.hasOrder ? [] : [violation(['order'], 'order-required', 'order is required', '必须指定订单')]),
    ...(supplier ? [] : [violation(['supplier'], 'supplier-required', 'supplier is required', '必须指定供应商')]),
    ...(supplier && !supplier.kinds.includes(PROCESS_KIND[facts.process])
      ? [
          violation(
            ['supplier'],
            'supplier-kind',
            `${supplier.name} does not do ${facts.process} (its supplier kinds)`,
            `${supplier.name} 不做 ${facts.process}(见其供应商类型)`
          ),
        ]
      : []),
    ...(facts.qtyReceived > facts.qtySent
      ? [
          violation(
            ['qtyReceived'],
            'received-within-sent',
            `qtyReceived ${facts.qtyReceived} exceeds qtySent ${facts.qtySent}`,
            `收回数量 ${facts.qtyReceived} 超过发出数量 ${facts.qtySent}`
          ),
        ]
      : []),
    ...(facts.defects > facts.qtyReceived
      ? [
          violation(
            ['defects'],
            'defects-within-received',
            'defects cannot exceed qtyReceived',
            '次品数不能超过收回数量'
          ),
        ]
      : []),
    ...(facts.qtySent > 0 && !facts.sentAt
      ? [
          violation(
            ['sentAt'],
            'sent-date-required',
            'sentAt is required once pieces are sent',
            '已发出的外发须填写发出日期(sentAt)'
          ),
        ]
      : []),
    ...(facts.receivedAt && facts.sentAt && facts.receivedAt < facts.sentAt
      ? [
          violation(
            ['receivedAt'],
            'received-before-sent',
            'receivedAt cannot be before sentAt',
            '收回日期不能早于发出日期'
          ),
        ]
      : []),
  ];
}
