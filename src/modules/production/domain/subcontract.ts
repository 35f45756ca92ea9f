export type SubcontractStatus = 'planned' | 'sent' | 'partly-returned' | 'returned';

export interface SubcontractQuantities {
  qtySent: number | null;
  qtyReceived: number | null;
}

/** Pieces still at the wash plant, printer or embroiderer. */
export const piecesOut = (job: SubcontractQuantities) => Math.max(0, (job.qtySent ?? 0) - (job.qtyReceived ?? 0));

/** A job's status from its counts: planned → sent → partly returned → returned. */
export function subcontractStatus(job: SubcontractQuantities): SubcontractStatus {
  if (!job.qtySent) return 'planned';
  if (!job.qtyReceived) return 'sent';
  return piecesOut(job) > 0 ? 'partly-returned' : 'returned';
}
