import {
  byCodeUnits,
  dueItemId,
  dueItems,
  type ChaseFacts,
  type DueItem,
  type ReminderParams,
  type ReminderType,
} from './due';

export { REMINDER_TYPES, type ChaseFacts, type OrderRef, type ReminderParams, type ReminderType } from './due';

export type Recipient = { kind: 'user'; id: number } | { kind: 'department'; key: string };

export interface Reminder {
  /** Identifies the chase: the same item, date and recipient is never notified twice. */
  key: string;
  type: ReminderType;
  recipient: Recipient;
  order: string | null;
  title: string;
  titleZh: string;
  /** Where the admin panel opens the record. */
  link: string;
  dueDate: string;
}

const CM = '/admin/content-manager/collection-types';

/**
 * Who is chased: the order's merchandiser, and the department that owns the
 * work; with neither, the trade department (where merchandisers sit).
 */
function recipientsOf(item: Pick<DueItem, 'order' | 'department'>): Recipient[] {
  const recipients: Recipient[] = [];
  if (item.order?.merchandiserId) recipients.push({ kind: 'user', id: item.order.merchandiserId });
  if (item.department) recipients.push({ kind: 'department', key: item.department });
  if (recipients.length === 0) recipients.push({ kind: 'department', key: 'trade' });
  return recipients;
}

const recipientKey = (recipient: Recipient) => (recipient.kind === 'user' ? `u${recipient.id}` : `d:${recipient.key}`);

/** The reminders of one due item: one per recipient, keyed by item, date and recipient. */
export const remindersOf = (item: DueItem): Reminder[] =>
  recipientsOf(item).map((recipient) => ({
    key: `${dueItemId(item)}:${recipientKey(recipient)}`,
    type: item.type,
    recipient,
    order: item.order?.documentId ?? null,
    title: item.title,
    titleZh: item.titleZh,
    link: `${CM}/${item.record.uid}/${item.record.documentId}`,
    dueDate: item.dueDate,
  }));

/**
 * Everything that needs chasing today — the due list — one reminder per
 * item, date and recipient. Re-running on the same facts yields the same
 * keys, which is what makes the run idempotent.
 */
export function composeReminders(facts: ChaseFacts, params: ReminderParams, now: Date): Reminder[] {
  return dueItems(facts, params, now)
    .flatMap(remindersOf)
    .sort((a, b) => byCodeUnits(a.dueDate, b.dueDate) || byCodeUnits(a.key, b.key));
}
