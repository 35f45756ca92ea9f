import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { DocumentFact } from './domain/rules';
import type { Actor } from '../workflow/domain/actor';
import { asAuditWriter } from '../workflow/audit';
import { linkedTo } from '../../platform/db/links';

export type DocumentKind = 'production-notice' | 'production-permit' | 'simulated-packing-list' | 'final-packing-list';

interface DocumentRow {
  id: number;
  documentId: string;
  kind: DocumentKind;
  version: number;
  status: 'current' | 'superseded' | 'recalled';
}

const rowsOf = (strapi: Core.Strapi, orderId: number) =>
  strapi.db.query(UID.orderDocument).findMany({
    where: { ...linkedTo(strapi, UID.orderDocument, 'order', orderId) },
    select: ['id', 'documentId', 'kind', 'version', 'status'],
    orderBy: [{ version: 'asc' }, { id: 'asc' }],
  }) as Promise<DocumentRow[]>;

export const loadDocumentFacts = async (strapi: Core.Strapi, orderId: number): Promise<DocumentFact[]> =>
  (await rowsOf(strapi, orderId)).map(({ kind, version, status }) => ({ kind, version, status }));

/** Issues (or re-issues) a document of the order: a new current version; earlier current ones are superseded. */
export async function issueDocument(
  strapi: Core.Strapi,
  order: { id: number; documentId: string },
  kind: DocumentKind,
  actor: Actor,
  at = new Date()
) {
  const rows = (await rowsOf(strapi, order.id)).filter((row) => row.kind === kind);
  const current = rows.filter((row) => row.status === 'current').map((row) => row.id);
  if (current.length > 0) {
    await strapi.db
      .query(UID.orderDocument)
      .updateMany({ where: { id: { $in: current } }, data: { status: 'superseded', supersededAt: at } });
  }
  const version = Math.max(0, ...rows.map((row) => row.version)) + 1;
  return asAuditWriter(() =>
    strapi.documents(UID.orderDocument).create({
      data: { order: order.documentId, kind, version, status: 'current', issuedAt: at, issuedBy: actor.name } as never,
    })
  ) as Promise<{ documentId: string; version: number }>;
}

/** An order change supersedes every document issued before it: they must be re-issued. */
export async function supersedeDocuments(strapi: Core.Strapi, orderId: number, revision: number, at = new Date()) {
  const current = (await rowsOf(strapi, orderId)).filter((row) => row.status === 'current').map((row) => row.id);
  if (current.length === 0) return 0;
  await strapi.db.query(UID.orderDocument).updateMany({
    where: { id: { $in: current } },
    data: { status: 'superseded', supersededAt: at, supersededByRevision: revision },
  });
  return current.length;
}

/** A cancellation recalls the issued documents (收回原生产单): marked, with who and when; nothing is deleted. */
export async function recallDocuments(strapi: Core.Strapi, orderId: number, actor: Actor, at = new Date()) {
  const live = (await rowsOf(strapi, orderId)).filter((row) => row.status !== 'recalled').map((row) => row.id);
  if (live.length === 0) return 0;
  await strapi.db.query(UID.orderDocument).updateMany({
    where: { id: { $in: live } },
    data: { status: 'recalled', recalledAt: at, recalledBy: actor.name },
  });
  return live.length;
}
