import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import type { ListNotifications, NotificationView } from '../../../modules/reminders/contracts';
import { audienceOf } from '../../../modules/reminders/recipients';

interface NotificationRow extends Omit<NotificationView, 'order' | 'recipient'> {
  id: number;
  recipientDepartment: string | null;
  recipientUser: { id: number } | null;
  order: { documentId: string; poNumber: string } | null;
}

const FIELDS = [
  'id',
  'documentId',
  'type',
  'title',
  'titleZh',
  'link',
  'dueDate',
  'runDate',
  'readAt',
  'recipientDepartment',
];

/**
 * An admin user's notifications: those addressed to them and to the
 * departments whose role they hold; a super admin (the factory's head of
 * merchandising) reads everyone's unless they ask for their own. Reading
 * marks `readAt`; nothing else of a notification changes after the reminder
 * run wrote it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notifications = () => strapi.db.query(UID.notification);

  async function mine(userId: number, scope: 'mine' | 'all' = 'all'): Promise<Record<string, unknown>> {
    const { superAdmin, departments } = await audienceOf(strapi, userId);
    if (superAdmin && scope === 'all') return {};
    return {
      $or: [
        { recipientUser: { id: userId } },
        ...(departments.length > 0 ? [{ recipientDepartment: { $in: departments } }] : []),
      ],
    };
  }

  const unreadCount = async (where: Record<string, unknown>) =>
    notifications().count({ where: { ...where, readAt: { $null: true } } });

  return {
    async list(userId: number, query: Required<ListNotifications.Query>): Promise<ListNotifications.Response> {
      const where = await mine(userId, query.scope);
      const filtered = query.unread ? { ...where, readAt: { $null: true } } : where;
      const [rows, total, unread] = await Promise.all([
        notifications().findMany({
          where: filtered,
          select: FIELDS,
          populate: { order: { select: ['documentId', 'poNumber'] }, recipientUser: { select: ['id'] } },
          orderBy: [{ runDate: 'desc' }, { dueDate: 'asc' }, { id: 'asc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }) as Promise<NotificationRow[]>,
        notifications().count({ where: filtered }),
        unreadCount(where),
      ]);
      return {
        data: rows.map((row) => ({
          documentId: row.documentId,
          type: row.type,
          title: row.title,
          titleZh: row.titleZh,
          link: row.link ?? null,
          dueDate: row.dueDate ?? null,
          runDate: row.runDate,
          readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
          order: row.order ? { documentId: row.order.documentId, poNumber: row.order.poNumber } : null,
          recipient: { user: row.recipientUser?.id ?? null, department: row.recipientDepartment ?? null },
        })),
        meta: {
          unread,
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            pageCount: Math.ceil(total / query.pageSize),
            total,
          },
        },
      };
    },

    async unread(userId: number): Promise<number> {
      return unreadCount(await mine(userId));
    },

    /** Marks the user's notifications read: the given ones, or all. Others' notifications are not touched. */
    async markRead(userId: number, documentIds: string[] | 'all'): Promise<{ updated: number; unread: number }> {
      const where = await mine(userId);
      const target =
        documentIds === 'all'
          ? { ...where, readAt: { $null: true } }
          : { $and: [where, { documentId: { $in: documentIds } }, { readAt: { $null: true } }] };
      // Ids first: an UPDATE cannot join the relation the filter names.
      const ids = ((await notifications().findMany({ where: target, select: ['id'] })) as Array<{ id: number }>).map(
        (row) => row.id
      );
      if (ids.length > 0)
        await notifications().updateMany({ where: { id: { $in: ids } }, data: { readAt: new Date() } });
      return { updated: ids.length, unread: await unreadCount(where) };
    },
  };
};
