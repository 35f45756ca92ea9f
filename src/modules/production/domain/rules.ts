import { z } from 'zod';
import { fail, pass, type RuleContext, type RuleDefinition } from '../../workflow/domain/rules/registry';

const factsOf = (context: RuleContext) => {
  if (!context.production) throw new Error('production facts were not loaded for a rule that needs them');
  return context.production;
};

const PROCESS_ZH: Record<string, string> = { wash: '水洗', print: '印花', embroidery: '绣花' };

export const productionComplete: RuleDefinition<Record<string, never>> = {
  key: 'production-complete',
  description: {
    en: 'Packed output reaches the order quantity (less the shipment under-tolerance, where one applies).',
    zh: '包装完成数量达到订单数量(如有短装容差,按容差下限)。',
  },
  params: z.object({}).strict(),
  defaults: {},
  needs: ['production'],
  check: (context) => {
    const facts = factsOf(context);
    const packed = facts.output.packing;
    return packed >= facts.minimumToShip
      ? pass()
      : fail(
          `packed ${packed} of ${facts.minimumToShip} pieces needed to ship (${facts.minimumToShip - packed} to go)`,
          `已包装 ${packed} 件,出货至少需 ${facts.minimumToShip} 件(还差 ${facts.minimumToShip - packed} 件)`
        );
  },
};

export const subcontractReturned: RuleDefinition<Record<string, never>> = {
  key: 'subcontract-returned',
  description: {
    en: 'No subcontract job (wash, print, embroidery) has pieces still out.',
    zh: '外发加工(水洗、印花、绣花)已全部收回。',
  },
  params: z.object({}).strict(),
  defaults: {},
  needs: ['production'],
  check: (context) => {
    const out = factsOf(context).jobsOut.filter((job) => job.out > 0);
    if (out.length === 0) return pass();
    const due = (job: (typeof out)[number], word: string) => (job.dueDate ? `${word}${job.dueDate}` : '');
    const lines = out.map((job) => `${job.out} pieces at ${job.supplier} (${job.process}${due(job, ', due ')})`);
    const linesZh = out.map(
      (job) => `${job.supplier} 尚有 ${job.out} 件(${PROCESS_ZH[job.process] ?? job.process}${due(job, ',应回 ')})`
    );
    return fail(`subcontracted pieces still out: ${lines.join('; ')}`, `外发未收回:${linesZh.join(';')}`);
  },
};
