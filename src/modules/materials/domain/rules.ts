import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { fail, latestWaiver, pass, type RuleContext, type RuleDefinition } from '../../workflow/domain/rules/registry';
import { describeShortfall } from './ledger';

const EPSILON = 1e-6;
const noParams = z.object({}).strict();
const asDate = (value: string | Date) => (value instanceof Date ? value : parseISO(value));

const factsOf = (context: RuleContext) => {
  if (!context.materials) throw new Error('material facts were not loaded for a rule that needs them');
  return context.materials;
};

const coverage =
  (covered: 'passed' | 'issued'): RuleDefinition<Record<string, never>>['check'] =>
  (context) => {
    const short = factsOf(context).ledger.filter(
      (entry) => entry.required > EPSILON && entry[covered] + EPSILON < entry.required
    );
    if (short.length === 0) return pass();
    const lines = short.map((entry) => describeShortfall(entry, covered));
    return fail(
      `${covered === 'passed' ? 'not in house' : 'not issued'}: ${lines.join('; ')}`,
      `${covered === 'passed' ? '物料未到齐(合格入库不足)' : '物料未发齐'}:${lines.join(';')}`
    );
  };

/** Order types (加工单 vs OP单): a full-package order buys its materials, a CMT order gets them from the buyer. */
export const ORDER_TYPES = ['full-package', 'cmt'] as const;

export const materialsInHouse: RuleDefinition<{ withoutConsumptionSheet: string[] }> = {
  key: 'materials-in-house',
  description: {
    en: "Every material of the consumption sheet is in house: passed receipts cover the order's requirement. An order without a consumption sheet fails, unless its type is listed in `withoutConsumptionSheet` (CMT: the buyer supplies the materials).",
    zh: '物料定额表中每种物料均已到库:检验合格的入库数量满足订单需求。无物料定额表的订单不通过,除非订单类型在 `withoutConsumptionSheet` 中(加工单:客供料)。',
  },
  params: z.object({ withoutConsumptionSheet: z.array(z.enum(ORDER_TYPES)).max(ORDER_TYPES.length) }).strict(),
  defaults: { withoutConsumptionSheet: ['cmt'] },
  needs: ['materials'],
  check: (context, { withoutConsumptionSheet }) => {
    if (!factsOf(context).hasConsumptionSheet) {
      const type = String(context.order.orderType ?? 'full-package');
      return withoutConsumptionSheet.includes(type as (typeof ORDER_TYPES)[number])
        ? pass()
        : fail(
            'no consumption sheet yet: enter the BOM lines (物料定额表) so the requirement can be checked',
            '尚无物料定额表:请录入单耗,才能核对物料需求'
          );
    }
    return coverage('passed')(context, {});
  },
};

export const materialsIssued: RuleDefinition<Record<string, never>> = {
  key: 'materials-issued',
  description: {
    en: "Every material of the consumption sheet is issued to production up to the order's requirement.",
    zh: '物料定额表中每种物料均已按需求发料。',
  },
  params: noParams,
  defaults: {},
  needs: ['materials'],
  check: coverage('issued'),
};

export const fabricInspectedInTime: RuleDefinition<{ days: number }> = {
  key: 'fabric-inspected-in-time',
  description: {
    en: 'Every fabric receipt was inspected (shrinkage, width, consumption) within `days` days of arrival.',
    zh: '每批面料到库后 `days` 天内完成检验(缩率、门幅、单耗)——原文:一般三天内。',
  },
  params: z.object({ days: z.number().int().min(0).max(30) }).strict(),
  defaults: { days: 3 },
  needs: ['materials'],
  // The QC manager accepts a lateness that happened; a receipt inspected late after the waiver needs another.
  waivableBy: 'qc',
  check: (context, { days }) => {
    const waiver = latestWaiver(context, 'fabric-inspected-in-time');
    const waivedBy = waiver ? format(waiver.at, 'yyyy-MM-dd') : null;
    const late = factsOf(context)
      .receipts.filter((receipt) => receipt.kind === 'fabric')
      .filter((receipt) => !(waivedBy && receipt.inspectedAt && String(receipt.inspectedAt).slice(0, 10) <= waivedBy))
      .map((receipt) => {
        const end = receipt.inspectedAt ? asDate(receipt.inspectedAt) : context.now;
        return { receipt, took: differenceInCalendarDays(end, asDate(receipt.receivedAt)) };
      })
      .filter(({ took }) => took > days);
    if (late.length === 0) return pass();
    const lines = late.map(
      ({ receipt, took }) =>
        `${receipt.code} received ${receipt.receivedAt.slice(0, 10)} ${receipt.inspectedAt ? `inspected after ${took} days` : `still not inspected after ${took} days`}`
    );
    return fail(
      `fabric not inspected within ${days} days: ${lines.join('; ')}`,
      `面料未在到库 ${days} 天内检验:${lines.join(';')}`
    );
  },
};

export const cuttingApproved: RuleDefinition<Record<string, never>> = {
  key: 'cutting-approved',
  description: {
    en: 'QC has approved cutting (可开裁) for every fabric receipt that passed inspection.',
    zh: '质检已确认所有合格面料可开裁。',
  },
  params: noParams,
  defaults: {},
  needs: ['materials'],
  check: (context) => {
    const waiting = factsOf(context).receipts.filter(
      (receipt) => receipt.kind === 'fabric' && receipt.passed > EPSILON && !receipt.cuttingApproved
    );
    if (waiting.length === 0) return pass();
    const codes = [...new Set(waiting.map((receipt) => receipt.code))].join(', ');
    return fail(`QC has not approved cutting for ${codes}`, `质检尚未确认可开裁:${codes}`);
  },
};

export const permitOrPreIssue: RuleDefinition<Record<string, never>> = {
  key: 'permit-or-pre-issue',
  description: {
    en: 'Materials are issued only after the production permit, or as an approved pre-issue (预发面料).',
    zh: '须已取得生产许可证,或有经批准的预发面料记录。',
  },
  params: noParams,
  defaults: {},
  needs: ['materials'],
  check: (context) => {
    const facts = factsOf(context);
    if (facts.permitGranted || facts.approvedPreIssue) return pass();
    return fail('no production permit and no approved pre-issue of fabric', '无生产许可证,也无经批准的预发面料');
  },
};
