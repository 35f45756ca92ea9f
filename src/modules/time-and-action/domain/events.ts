import { format, parseISO } from 'date-fns';
import type { CompletionEvent } from './template';

/**
 * The dates on which the events that close milestones happened for one
 * order, as loaded from what Gendan records (stage history, samples, receipts,
 * daily reports, subcontract jobs, inspections, booking, completion report).
 * Keys of the maps are the event parameters (a stage, a sample type, a
 * material kind, an operation, a subcontract process).
 */
export interface MilestoneFacts {
  stageDates: Record<string, string>;
  samplesApproved: Record<string, string>;
  materialsOrdered: Record<string, string>;
  materialsReceived: Record<string, string>;
  fabricPassed: string | null;
  outputStarted: Record<string, string>;
  outputComplete: Record<string, string>;
  subcontractReturned: Record<string, string>;
  finalInspectionPassed: string | null;
  bookingMade: string | null;
  completionSigned: string | null;
}

export const noFacts = (): MilestoneFacts => ({
  stageDates: {},
  samplesApproved: {},
  materialsOrdered: {},
  materialsReceived: {},
  fabricPassed: null,
  outputStarted: {},
  outputComplete: {},
  subcontractReturned: {},
  finalInspectionPassed: null,
  bookingMade: null,
  completionSigned: null,
});

/** A date, or a timestamp read as the factory's local day. */
const dateOnly = (value: string | null | undefined) =>
  !value ? null : value.length <= 10 ? value : format(parseISO(value), 'yyyy-MM-dd');

/** The date an event closed a milestone, or null while it has not happened ('manual' milestones are closed by hand). */
export function completionDate(
  event: CompletionEvent,
  param: string | null | undefined,
  facts: MilestoneFacts
): string | null {
  const key = param ?? '';
  switch (event) {
    case 'stage-entered':
      return dateOnly(facts.stageDates[key]);
    case 'sample-approved':
      return dateOnly(facts.samplesApproved[key]);
    case 'materials-ordered':
      return dateOnly(facts.materialsOrdered[key]);
    case 'materials-received':
      return dateOnly(facts.materialsReceived[key]);
    case 'fabric-passed':
      return dateOnly(facts.fabricPassed);
    case 'output-started':
      return dateOnly(facts.outputStarted[key]);
    case 'output-complete':
      return dateOnly(facts.outputComplete[key]);
    case 'subcontract-returned':
      return dateOnly(facts.subcontractReturned[key]);
    case 'final-inspection-passed':
      return dateOnly(facts.finalInspectionPassed);
    case 'booking-made':
      return dateOnly(facts.bookingMade);
    case 'completion-signed':
      return dateOnly(facts.completionSigned);
    case 'manual':
      return null;
  }
}
