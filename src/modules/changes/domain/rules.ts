import { z } from 'zod';
import { fail, pass, type RuleDefinition } from '../../workflow/domain/rules/registry';

export interface DocumentFact {
  kind: string;
  version: number;
  status: 'current' | 'superseded' | 'recalled';
}

/** Each kind's newest version must be current: a change supersedes the issued documents until they are re-issued. */
export const documentsCurrent: RuleDefinition<Record<string, never>> = {
  key: 'documents-current',
  description: {
    en: 'The documents issued before a change of the order (notice, permit, packing lists) are re-issued.',
    zh: '订单修改前下发的单据(生产通知单、许可证、箱单)均已重新下发。',
  },
  params: z.object({}).strict(),
  defaults: {},
  needs: ['documents'],
  check: (context) => {
    const documents = context.documents ?? [];
    const latest = new Map<string, DocumentFact>();
    for (const doc of documents) if ((latest.get(doc.kind)?.version ?? 0) < doc.version) latest.set(doc.kind, doc);
    const stale = [...latest.values()].filter((doc) => doc.status === 'superseded');
    if (stale.length === 0) return pass();
    const kinds = stale.map((doc) => `${doc.kind} v${doc.version}`).join(', ');
    return fail(`superseded by an order change, re-issue first: ${kinds}`, `订单已修改,须重新下发:${kinds}`);
  },
};
