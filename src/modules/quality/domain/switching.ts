import type { Severity } from './aql';

/**
 * ISO 2859-1:1999 clause 9, the switching rules between normal, tightened and
 * reduced inspection, replayed over a customer's lots in order:
 * - normal → tightened when 2 of 5 or fewer consecutive lots are not accepted;
 * - tightened → normal after 5 consecutive lots accepted;
 * - normal → reduced when the switching score reaches 30, production is steady
 *   and the responsible authority approves (the customer's flag);
 * - reduced → normal on a lot not accepted;
 * - discontinue when 5 lots are not accepted on tightened inspection.
 * Only original inspections count: a resubmitted lot is listed, never counted.
 */
export interface LotOutcome {
  /** Who the lot is (an inspection's id) and when it was inspected. */
  id: string;
  at: string;
  /** The severity the lot was inspected at. */
  severity: Severity;
  accepted: boolean;
  resubmitted: boolean;
  /** The acceptance number of the plan the score reads (the major class). */
  acceptNumber: number;
  /** Ac ≥ 2 plans: accepted at the next tighter AQL too (null: not comparable). */
  acceptedAtTighterAql: boolean | null;
}

export interface SwitchingOptions {
  /** Production is steady and the responsible authority approves reduced inspection. */
  reducedAllowed: boolean;
  /** The score that allows reduced inspection (30). */
  reducedScore?: number;
}

export type SwitchNote =
  'to-tightened' | 'to-normal' | 'to-reduced' | 'reduced-to-normal' | 'discontinued' | 'resubmission-not-counted';

export interface SwitchingStep extends LotOutcome {
  /** The severity for the next lot, after this one. */
  severityAfter: Severity;
  /** The switching score after this lot (normal inspection only). */
  score: number;
  note: SwitchNote | null;
}

export interface SwitchingState {
  /** The severity the next lot is inspected at. */
  severity: Severity;
  score: number;
  /** 5 lots not accepted on tightened: the acceptance procedure is discontinued until the supplier acts. */
  discontinued: boolean;
  lots: SwitchingStep[];
}

export function switchingState(lots: readonly LotOutcome[], options: SwitchingOptions): SwitchingState {
  const reducedScore = options.reducedScore ?? 30;
  let severity: Severity = 'normal';
  let score = 0;
  let recentOnNormal: boolean[] = [];
  let acceptedInARow = 0;
  let notAcceptedOnTightened = 0;
  let discontinued = false;
  const steps: SwitchingStep[] = [];

  for (const lot of lots) {
    if (lot.resubmitted) {
      steps.push({ ...lot, severityAfter: severity, score, note: 'resubmission-not-counted' });
      continue;
    }
    let note: SwitchNote | null = null;
    if (severity === 'normal') {
      recentOnNormal = [...recentOnNormal, lot.accepted].slice(-5);
      if (recentOnNormal.filter((accepted) => !accepted).length >= 2) {
        severity = 'tightened';
        note = 'to-tightened';
        score = 0;
        recentOnNormal = [];
        acceptedInARow = 0;
        notAcceptedOnTightened = 0;
      } else {
        if (!lot.accepted) score = 0;
        else if (lot.acceptNumber >= 2) score = lot.acceptedAtTighterAql ? score + 3 : 0;
        else score += 2;
        if (score >= reducedScore && options.reducedAllowed) {
          severity = 'reduced';
          note = 'to-reduced';
        }
      }
    } else if (severity === 'tightened') {
      if (lot.accepted) {
        acceptedInARow += 1;
        if (acceptedInARow >= 5) {
          severity = 'normal';
          note = 'to-normal';
          score = 0;
          recentOnNormal = [];
          discontinued = false;
        }
      } else {
        acceptedInARow = 0;
        notAcceptedOnTightened += 1;
        if (notAcceptedOnTightened >= 5) {
          discontinued = true;
          note = 'discontinued';
        }
      }
    } else if (!lot.accepted) {
      severity = 'normal';
      note = 'reduced-to-normal';
      score = 0;
      recentOnNormal = [];
    }
    steps.push({ ...lot, severityAfter: severity, score, note });
  }
  return { severity, score, discontinued, lots: steps };
}
