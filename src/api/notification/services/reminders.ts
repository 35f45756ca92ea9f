import type { Core } from '@strapi/strapi';
import { format } from 'date-fns';
import { UID } from '../../../platform/constants';
import type { MailStatus, ReminderRunResult } from '../../../modules/reminders/contracts';
import { composeReminders, type Reminder } from '../../../modules/reminders/domain/compose';
import { composeDigest, type DigestItem } from '../../../modules/reminders/domain/digest';
import { lockKey } from '../../../platform/invariants/guard';
import { departmentMembers, usersById, type MailRecipient } from '../../../modules/reminders/recipients';
import { loadChaseFacts } from '../../../modules/reminders/facts';
import { loadReminderParams } from '../../../modules/reminders/params';
import { mailConfigured } from '../../../modules/security/mail';

interface ClaimedRow extends DigestItem {
  id: number;
  recipientDepartment: string | null;
  recipientUser: { id: number } | null;
}

/** Serialises reminder runs across app instances (PostgreSQL advisory lock; SQLite has one writer). */
const RUN_LOCK = 'gendan:reminder-run';
const CHUNK = 500;

const chunks = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, index) =>
    items.slice(index * CHUNK, (index + 1) * CHUNK)
  );

/**
 * The daily reminder run: finds what needs chasing, stores each item once as
 * a notification, and mails each recipient one digest in their language.
 * Exactly once across instances: creation and the claim of what to mail
 * happen under one lock in one transaction, against a unique key.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notifications = () => strapi.db.query(UID.notification);

  async function store(reminders: Reminder[], runDate: string, claim: boolean) {
    return strapi.db.transaction(async ({ trx }) => {
      await lockKey(strapi, trx, RUN_LOCK);
      const existing = new Set<string>();
      for (const keys of chunks(reminders.map((reminder) => reminder.key))) {
        const rows = (await notifications().findMany({ where: { key: { $in: keys } }, select: ['key'] })) as Array<{
          key: string;
        }>;
        for (const row of rows) existing.add(row.key);
      }
      const orderIds = new Map<string, number>();
      const fresh = reminders.filter((reminder) => !existing.has(reminder.key));
      const orderDocumentIds = [...new Set(fresh.flatMap((reminder) => (reminder.order ? [reminder.order] : [])))];
      for (const ids of chunks(orderDocumentIds)) {
        const rows = (await strapi.db
          .query(UID.order)
          .findMany({ where: { documentId: { $in: ids } }, select: ['id', 'documentId'] })) as Array<{
          id: number;
          documentId: string;
        }>;
        for (const row of rows) orderIds.set(row.documentId, row.id);
      }
      const at = new Date();
      for (const reminder of fresh) {
        await notifications().create({
          data: {
            key: reminder.key,
            type: reminder.type,
            recipientUser: reminder.recipient.kind === 'user' ? reminder.recipient.id : null,
            recipientDepartment: reminder.recipient.kind === 'department' ? reminder.recipient.key : null,
            order: reminder.order ? (orderIds.get(reminder.order) ?? null) : null,
            title: reminder.title,
            titleZh: reminder.titleZh,
            link: reminder.link,
            dueDate: reminder.dueDate,
            runDate,
            publishedAt: at,
          },
        });
      }
      // Claiming under the same lock: a concurrent run finds today's items already claimed.
      let claimed: ClaimedRow[] = [];
      if (claim) {
        claimed = (await notifications().findMany({
          where: { runDate, mailedAt: { $null: true } },
          select: ['id', 'type', 'title', 'titleZh', 'dueDate', 'link', 'recipientDepartment'],
          populate: { recipientUser: { select: ['id'] } },
          orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
        })) as ClaimedRow[];
        for (const ids of chunks(claimed.map((row) => row.id))) {
          await notifications().updateMany({ where: { id: { $in: ids } }, data: { mailedAt: at } });
        }
      }
      return { created: fresh, existing: existing.size, claimed };
    });
  }

  /** One digest per admin user: their own items and their departments'. */
  async function mail(claimed: ClaimedRow[], runDate: string): Promise<ReminderRunResult['mail']> {
    const result: ReminderRunResult['mail'] = { status: 'nothing-to-send', digests: 0, recipients: [], failed: [] };
    if (claimed.length === 0) return result;
    const users = await usersById(strapi, [
      ...new Set(claimed.flatMap((row) => (row.recipientUser ? [row.recipientUser.id] : []))),
    ]);
    const members = await departmentMembers(strapi, [
      ...new Set(claimed.flatMap((row) => (row.recipientDepartment ? [row.recipientDepartment] : []))),
    ]);
    const digests = new Map<string, { recipient: MailRecipient; rows: ClaimedRow[] }>();
    const addTo = (recipient: MailRecipient, row: ClaimedRow) => {
      const digest = digests.get(recipient.email) ?? { recipient, rows: [] };
      // The same item reaching a user directly and through a department is listed once.
      if (!digest.rows.some((other) => other.type === row.type && other.title === row.title)) digest.rows.push(row);
      digests.set(recipient.email, digest);
    };
    for (const row of claimed) {
      const direct = row.recipientUser ? users.get(row.recipientUser.id) : undefined;
      if (direct) addTo(direct, row);
      for (const member of row.recipientDepartment ? (members.get(row.recipientDepartment) ?? []) : []) {
        addTo(member, row);
      }
    }
    const delivered = new Set<number>();
    const baseUrl =
      (strapi.config.get('server.url') as string | undefined) || process.env.PUBLIC_URL || 'http://localhost:1337';
    const email = strapi.plugin('email').service('email') as {
      send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
    };
    for (const { recipient, rows } of digests.values()) {
      const digest = composeDigest({
        name: recipient.name,
        language: recipient.language,
        date: runDate,
        items: rows,
        baseUrl,
      });
      try {
        await email.send({ to: recipient.email, subject: digest.subject, text: digest.text, html: digest.html });
        result.digests += 1;
        result.recipients.push(recipient.email);
        for (const row of rows) delivered.add(row.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result.failed.push({ email: recipient.email, error: message });
        strapi.log.error(`[reminders] digest to ${recipient.email} failed: ${message}`);
      }
    }
    // What reached nobody is released for the next run; what reached someone stays mailed (never twice).
    const undelivered = claimed.filter((row) => !delivered.has(row.id)).map((row) => row.id);
    for (const ids of chunks(undelivered)) {
      await notifications().updateMany({ where: { id: { $in: ids } }, data: { mailedAt: null } });
    }
    const status: MailStatus = result.failed.length === 0 ? 'sent' : result.digests > 0 ? 'partly-sent' : 'failed';
    return { ...result, status: digests.size === 0 ? 'nothing-to-send' : status };
  }

  return {
    async run(options: { now?: Date } = {}): Promise<ReminderRunResult> {
      const now = options.now ?? new Date();
      const runDate = format(now, 'yyyy-MM-dd');
      const params = await loadReminderParams(strapi);
      const reminders = composeReminders(await loadChaseFacts(strapi, params, now), params, now);
      const canMail = params.emailDigest && mailConfigured(strapi);
      const { created, existing, claimed } = await store(reminders, runDate, canMail);

      let mailResult: ReminderRunResult['mail'];
      if (!params.emailDigest) {
        mailResult = { status: 'disabled' as MailStatus, digests: 0, recipients: [], failed: [] };
      } else if (!canMail) {
        mailResult = { status: 'not-configured', digests: 0, recipients: [], failed: [] };
        strapi.log.info(
          `[reminders] ${runDate}: e-mail not configured (set SMTP_HOST); ${created.length} new notification(s) stored, no digest sent`
        );
      } else {
        mailResult = await mail(claimed, runDate);
      }

      const byType: ReminderRunResult['byType'] = {};
      for (const reminder of created) byType[reminder.type] = (byType[reminder.type] ?? 0) + 1;
      strapi.log.info(
        `[reminders] ${runDate}: ${reminders.length} to chase, ${created.length} new, ${existing} already notified; mail ${mailResult.status} (${mailResult.digests} digest(s))`
      );
      return { runDate, found: reminders.length, created: created.length, existing, byType, mail: mailResult };
    },
  };
};
