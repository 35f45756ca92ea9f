import type { RuleFailure } from '../../workflow/domain/rules/registry';
import type { SampleStatus } from './sample-flow';

/** What a customer can say about a sample from the portal. */
export const FEEDBACK_DECISIONS = ['received', 'approved', 'rejected', 'commented'] as const;
export type FeedbackDecision = (typeof FEEDBACK_DECISIONS)[number];

const SENT_BEFORE: SampleStatus[] = ['requested', 'materials-ready', 'in-making', 'checked', 'photographed'];

/**
 * The sample-flow steps a customer's answer stands for. A judgement on a sample
 * still marked `sent` also confirms its receipt (the buyer cannot judge what it
 * has not received); confirming receipt twice changes nothing. A round already
 * judged is closed — a comment opens the next round, it does not reopen this one.
 */
export function feedbackSteps(
  status: SampleStatus,
  decision: FeedbackDecision,
  comments: string | null
): { steps: SampleStatus[]; failures: RuleFailure[] } {
  if (SENT_BEFORE.includes(status)) {
    return {
      steps: [],
      failures: [{ rule: 'sample-not-sent', message: 'this sample has not been sent yet', messageZh: '样品尚未寄出' }],
    };
  }
  if (status !== 'sent' && status !== 'received') {
    return {
      steps: [],
      failures: [
        {
          rule: 'sample-already-judged',
          message: `this sample round was already answered (${status})`,
          messageZh: `该轮样品已有结论(${status})`,
        },
      ],
    };
  }
  if ((decision === 'rejected' || decision === 'commented') && !comments?.trim()) {
    return {
      steps: [],
      failures: [
        { rule: 'feedback-comments', message: `a ${decision} sample needs your comments`, messageZh: '须填写意见' },
      ],
    };
  }
  const steps: SampleStatus[] = status === 'sent' ? ['received'] : [];
  if (decision !== 'received') steps.push(decision);
  return { steps, failures: [] };
}
