import { z } from 'zod';
import { fail, pass, type RuleContext, type RuleDefinition } from '../../workflow/domain/rules/registry';
import { isCompletionSigned } from './completion';

const noParams = z.object({}).strict();
const factsOf = (context: RuleContext) => {
  if (!context.shipping) throw new Error('shipping facts were not loaded for a rule that needs them');
  return context.shipping;
};
const rule = (
  key: string,
  description: { en: string; zh: string },
  check: RuleDefinition<Record<string, never>>['check']
): RuleDefinition<Record<string, never>> => ({
  key,
  description,
  params: noParams,
  defaults: {},
  needs: ['shipping'],
  check,
});

export const simulatedPackingList = rule(
  'simulated-packing-list',
  { en: 'A simulated packing list (模拟箱单) exists for the booking.', zh: '已做模拟箱单。' },
  (context) => (factsOf(context).simulatedList ? pass() : fail('no simulated packing list yet', '尚未做模拟箱单'))
);

export const trimsReady = rule(
  'trims-ready',
  {
    en: 'The back-end trims checklist exists and every item is received in full and checked.',
    zh: '后道辅料已盘点:每项均已到齐并核对。',
  },
  (context) => {
    const trims = factsOf(context).trims;
    if (trims.length === 0) return fail('no back-end trims checklist for the order', '订单尚无后道辅料盘点表');
    const missing = trims.filter((t) => t.receivedQty < t.requiredQty || !t.checked);
    if (missing.length === 0) return pass();
    const lines = missing.map((t) => `${t.item} ${t.receivedQty}/${t.requiredQty}${t.checked ? '' : ' not checked'}`);
    return fail(`back-end trims not ready: ${lines.join('; ')}`, `后道辅料未齐:${lines.join(';')}`);
  }
);

const DOCUMENTS: Record<string, [string, string]> = {
  docSimulatedPackingList: ['simulated packing list', '模拟箱单'],
  docCartonData: ['carton data', '纸箱资料'],
  docPurchaseOrder: ['PO', 'PO'],
  docTechnicalData: ['technical data', '技术资料'],
};

export const bookingDocumentsComplete = rule(
  'booking-documents-complete',
  {
    en: 'The booking (托书) is made, with its warehouse cut-off date and every document for customs.',
    zh: '已下托书,有进仓日期,报关资料齐全(模拟箱单、纸箱资料、PO、技术资料)。',
  },
  (context) => {
    const booking = factsOf(context).booking;
    if (!booking) return fail('no booking (托书) yet', '尚未下托书');
    const missing = Object.entries(DOCUMENTS).filter(([field]) => !booking.documents[field]);
    const noCutoff = booking.cutoffDate ? [] : [['cutoff', ['warehouse cut-off date', '进仓日期']] as const];
    if (missing.length + noCutoff.length === 0) return pass();
    const all = [...missing, ...noCutoff].map(([, names]) => names);
    return fail(
      `booking incomplete: ${all.map(([en]) => en).join(', ')}`,
      `托书不完整:${all.map(([, zh]) => zh).join('、')}`
    );
  }
);

export const finalInspectionPassed = rule(
  'final-inspection-passed',
  { en: 'The latest final inspection (大货尾查) passed.', zh: '最近一次大货尾查合格。' },
  (context) => {
    const latest = factsOf(context).inspections.find((inspection) => inspection.result !== null);
    if (!latest) return fail('no final inspection result yet', '尚无尾查结果');
    return latest.result === 'pass'
      ? pass()
      : fail('the latest final inspection failed: re-inspect', '最近一次尾查不合格,须复查');
  }
);

export const shipmentWithinTolerance = rule(
  'shipment-within-tolerance',
  {
    en: "The final packing list is within the short/over tolerance, or the customer's approval of the deviation is recorded.",
    zh: '最终箱单在短溢装范围内,或已记录客户对差异的同意。',
  },
  (context) => {
    const { finalList, tolerance } = factsOf(context);
    if (!finalList) return fail('no final packing list yet', '尚无最终箱单');
    if (finalList.within || finalList.deviationApprovedBy?.trim()) return pass();
    return fail(
      `final packing list ${finalList.pieces} pieces is outside ${tolerance.allowedMin}–${tolerance.allowedMax} (−${tolerance.underPct}/+${tolerance.overPct} %); adjust or record the customer's approval`,
      `最终箱单 ${finalList.pieces} 件超出短溢装范围 ${tolerance.allowedMin}–${tolerance.allowedMax};请调整或记录客户同意`
    );
  }
);

export const completionSigned = rule(
  'completion-signed',
  {
    en: 'The completion report is signed by the planning head, trade and the factory manager (with the reason when outside tolerance).',
    zh: '完单报告已由计划部长、贸易、生产厂长签字(超出比例须注明原因)。',
  },
  (context) => {
    const completion = factsOf(context).completion;
    if (!completion) return fail('no completion report yet', '尚无完单报告');
    return isCompletionSigned(completion)
      ? pass()
      : fail('the completion report is not fully signed', '完单报告签字未齐');
  }
);
