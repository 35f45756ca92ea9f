import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { UID } from '../../../platform/constants';
import { linkedTo } from '../../../platform/db/links';
import { isoDay } from '../../calendar/domain/calendar-date';
import type { DocumentKind } from '../../changes/documents';
import type { Bilingual } from '../domain/document-model';

/** One issued version of a tracked document (order-document), as a print needs it. */
export interface IssuedVersion {
  id: number;
  version: number;
  status: 'current' | 'superseded' | 'recalled';
  issuedOn: string;
  prints: Prints;
}

/** What a version keeps: the content it printed (frozen at its first print) and the files made of it. */
export interface Prints {
  models: Record<string, unknown>;
  files: Record<string, ArchivedPrint>;
}

/** A print kept in the media library: the file and the SHA-256 of its bytes. */
export interface ArchivedPrint {
  fileId: number;
  sha256: string;
  name: string;
}

/** The version asked for (or the latest); `null` before the document was first issued (a draft print). */
export async function issuedVersion(
  strapi: Core.Strapi,
  orderId: number,
  kind: DocumentKind,
  asked?: number
): Promise<{ printed: IssuedVersion | null; watermark: Bilingual | undefined; latest: number }> {
  const rows = (await strapi.db.query(UID.orderDocument as never).findMany({
    where: { ...linkedTo(strapi, UID.orderDocument, 'order', orderId), kind },
    select: ['id', 'version', 'status', 'issuedAt', 'prints'],
    orderBy: { version: 'desc' },
  })) as Array<{
    id: number;
    version: number;
    status: IssuedVersion['status'];
    issuedAt: string | null;
    prints: unknown;
  }>;
  const latest = rows[0]?.version ?? 0;
  const row = asked === undefined ? rows[0] : rows.find((candidate) => candidate.version === asked);
  if (asked !== undefined && !row) {
    throw createError(404, `version ${asked} of the ${kind} was never issued`, {
      name: 'NotFoundError',
      details: { rule: 'document-version-unknown', version: asked, latest },
    });
  }
  if (!row) return { printed: null, watermark: { en: 'DRAFT · not issued', zh: '草稿 · 未下达' }, latest };
  const printed: IssuedVersion = {
    id: row.id,
    version: row.version,
    status: row.status,
    issuedOn: isoDay(row.issuedAt ? new Date(row.issuedAt) : new Date()),
    prints: printsOf(row.prints),
  };
  return { printed, watermark: watermarkOf(printed, latest), latest };
}

/** What a superseded or recalled version says across its pages, with the version that replaces it. */
export function watermarkOf(printed: Pick<IssuedVersion, 'status' | 'version'>, latest: number): Bilingual | undefined {
  if (printed.status === 'recalled') return { en: 'RECALLED', zh: '已收回' };
  if (printed.status !== 'superseded') return undefined;
  return latest > printed.version
    ? { en: `SUPERSEDED · see v${latest}`, zh: `已作废 · 以 v${latest} 为准` }
    : { en: 'SUPERSEDED · to be re-issued', zh: '已作废 · 待重新下达' };
}

export const printsOf = (value: unknown): Prints => {
  const prints = (value && typeof value === 'object' ? value : {}) as Partial<Prints>;
  return { models: prints.models ?? {}, files: prints.files ?? {} };
};
