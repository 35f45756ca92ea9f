export type PurchaseStatus = 'draft' | 'sent' | 'confirmed' | 'partly-received' | 'received' | 'closed' | 'cancelled';

/** Statuses people set; the receiving ones follow from the receipts. */
export const DERIVED_STATUSES: readonly PurchaseStatus[] = ['partly-received', 'received'];

/**
 * A purchase order's status from what was received on its lines: closed and
 * cancelled are decisions and stay; otherwise any receipt makes it
 * partly-received and full receipt of every line makes it received. Without
 * receipts it is what the buyer set (draft, sent, confirmed).
 */
export function derivePurchaseStatus(
  chosen: PurchaseStatus,
  lines: ReadonlyArray<{ quantity: number; received: number }>
): PurchaseStatus {
  if (chosen === 'closed' || chosen === 'cancelled') return chosen;
  const anyReceived = lines.some((line) => line.received > 0);
  if (lines.length > 0 && lines.every((line) => line.received + 1e-9 >= line.quantity)) return 'received';
  if (anyReceived) return 'partly-received';
  return DERIVED_STATUSES.includes(chosen) ? 'confirmed' : chosen;
}
