import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { fail, latestWaiver, pass, type RuleDefinition } from './registry';

const isFilled = (value: unknown): boolean =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

export const sizeBreakdownComplete: RuleDefinition<Record<string, never>> = {
  key: 'size-breakdown-complete',
  description: {
    en: 'The order has a colour × size breakdown and a total above zero.',
    zh: '订单已有颜色×尺码明细,且总数大于零。',
  },
  params: z.object({}).strict(),
  defaults: {},
  check: ({ order, lineCount }) => {
    const total = Number(order.totalQuantity ?? 0);
    return lineCount > 0 && total > 0
      ? pass()
      : fail('the order has no size breakdown (no lines or a total of 0)', '订单没有尺码明细(无明细行或总数为0)');
  },
};

export const requiredFields: RuleDefinition<{ fields: string[] }> = {
  key: 'required-fields',
  description: {
    en: 'The listed order fields are filled (any field, including ones added in the Content-Type Builder).',
    zh: '所列订单字段均已填写(包括在内容类型构建器中新增的字段)。',
  },
  params: z.object({ fields: z.array(z.string().min(1)).min(1) }).strict(),
  defaults: { fields: [] },
  check: ({ order }, { fields }) => {
    const missing = fields.filter((field) => !isFilled(order[field]));
    return missing.length === 0
      ? pass()
      : fail(`required fields are empty: ${missing.join(', ')}`, `以下必填字段未填写:${missing.join('、')}`);
  },
};

export const noticeLeadTime: RuleDefinition<{ days: number }> = {
  key: 'notice-lead-time',
  description: {
    en: 'The material issue date is set and the production notice is issued at least `days` days before it.',
    zh: '已定领料日期,且生产通知单至少提前 `days` 天下达(原文:领料日期前三天)。',
  },
  params: z.object({ days: z.number().int().min(0).max(60) }).strict(),
  defaults: { days: 3 },
  // Once the date is near, a late notice is a fact: planning may accept it, on record.
  waivableBy: 'planning',
  check: (context, { days }) => {
    const { order, now } = context;
    const raw = order.materialIssueDate;
    const issueDate = typeof raw === 'string' ? parseISO(raw) : null;
    if (!issueDate || !isValid(issueDate)) {
      return fail('materialIssueDate (领料日期) is not set', '未设定领料日期');
    }
    const lead = differenceInCalendarDays(issueDate, now);
    return lead >= days || latestWaiver(context, 'notice-lead-time')
      ? pass()
      : fail(
          `the notice must be issued at least ${days} days before the material issue date ${raw}; only ${lead} left`,
          `生产通知单须在领料日期(${raw})前至少 ${days} 天下达;现仅剩 ${lead} 天`
        );
  },
};

export const signoffsComplete: RuleDefinition<Record<string, never>> = {
  key: 'signoffs-complete',
  description: {
    en: "Every department in the stage's required sign-offs has approved this stage, with no rejection since.",
    zh: '该阶段要求签核的每个部门均已批准,且此后无驳回。',
  },
  params: z.object({}).strict(),
  defaults: {},
  check: ({ target, signoffs }) => {
    const latest = new Map<string, string>();
    for (const signoff of [...signoffs].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      if (signoff.stage === target.key) latest.set(signoff.department, signoff.decision);
    }
    const missing = target.requiredSignoffs.filter((department) => latest.get(department) !== 'approved');
    if (missing.length === 0) return pass();
    const rejected = missing.filter((department) => latest.get(department) === 'rejected');
    const detail = rejected.length > 0 ? ` (rejected by ${rejected.join(', ')})` : '';
    return fail(
      `sign-offs missing for ${target.key}: ${missing.join(', ')}${detail}`,
      `进入“${target.nameZh}”缺少签核:${missing.join('、')}${rejected.length > 0 ? `(${rejected.join('、')} 已驳回)` : ''}`
    );
  },
};
