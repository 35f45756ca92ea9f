import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../platform/constants';
import { lockKey, rejectIf } from '../../platform/invariants/guard';
import { checkExpeditingNote, type ExpeditingNoteInput } from './domain/expediting';

type NoteRow = { id: number; date: string; contact: string | null; note: string; promisedDate: string | null };

/**
 * Logs one chase of the supplier (催单记录) on its purchase order: appended
 * to the order's expediting notes through the document service, so the
 * purchase order's guards hold and the write is audited. Writers of the same
 * purchase order queue, so two calls logged at once both stay.
 */
export async function logExpeditingNote(
  strapi: Core.Strapi,
  documentId: string,
  note: ExpeditingNoteInput,
  now = new Date()
): Promise<ExpeditingNoteInput> {
  rejectIf(checkExpeditingNote(note, now));
  return strapi.db.transaction(async ({ trx }) => {
    await lockKey(strapi, trx, `expediting:${documentId}`);
    const po = (await strapi.db.query(UID.purchaseOrder as never).findOne({
      where: { documentId },
      select: ['id'],
      populate: { expediting: true },
    })) as { id: number; expediting: NoteRow[] | null } | null;
    if (!po) throw new errors.NotFoundError('purchase order not found');
    const kept = (po.expediting ?? []).map(({ id, date, contact, note: text, promisedDate }) => ({
      id,
      date,
      contact,
      note: text,
      promisedDate,
    }));
    await strapi.documents(UID.purchaseOrder as never).update({
      documentId,
      data: { expediting: [...kept, note] } as never,
    });
    return note;
  });
}
