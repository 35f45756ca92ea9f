/**
 * Contracts of the reminder run and the notification endpoints, shared by
 * the server and the admin plugin: `POST /api/reminders/run`,
 * `/merchandiser/notifications…` (admin).
 */
import type { ReminderType } from './domain/compose';

export type MailStatus = 'sent' | 'partly-sent' | 'not-configured' | 'disabled' | 'nothing-to-send' | 'failed';

export interface ReminderRunResult {
  runDate: string;
  /** Items found to chase today (one per item, date and recipient). */
  found: number;
  /** Notifications this run created; the rest existed from an earlier run (the same key). */
  created: number;
  existing: number;
  byType: Partial<Record<ReminderType, number>>;
  mail: {
    status: MailStatus;
    /** Digests delivered, one per admin user. */
    digests: number;
    recipients: string[];
    failed: Array<{ email: string; error: string }>;
  };
}

export declare namespace RunReminders {
  interface Request {
    /** Run as of this day (YYYY-MM-DD); today by default. */
    date?: string;
  }
  interface Response {
    data: ReminderRunResult;
  }
}

export interface NotificationView {
  documentId: string;
  type: ReminderType;
  title: string;
  titleZh: string;
  link: string | null;
  dueDate: string | null;
  runDate: string;
  readAt: string | null;
  order: { documentId: string; poNumber: string } | null;
  recipient: { user: number | null; department: string | null };
}

export declare namespace ListNotifications {
  interface Query {
    unread?: boolean;
    /** A super admin reads everyone's by default; `mine` narrows to their own and their departments'. */
    scope?: 'mine' | 'all';
    page?: number;
    pageSize?: number;
  }
  interface Response {
    data: NotificationView[];
    meta: { unread: number; pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}

export declare namespace UnreadNotifications {
  interface Response {
    data: { unread: number };
  }
}

export declare namespace MarkNotificationsRead {
  interface Response {
    data: { updated: number; unread: number };
  }
}
