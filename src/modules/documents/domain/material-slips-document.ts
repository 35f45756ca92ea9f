import { day, figure, signedBy, type DocumentModel } from './document-model';
import { headerFields, type OrderHeader } from './order-header';

export interface MaterialSlipFacts {
  order: OrderHeader;
  slips: ReadonlyArray<{
    issuedAt: string | null;
    /** A supplement (补料) answers a supplement request; its approvals print with it. */
    supplement: { reason: string | null; supervisorApprovedBy: string | null; tradeConfirmedBy: string | null } | null;
    preIssue: { approvedBy: string | null } | null;
    lines: ReadonlyArray<{ code: string; name: string; unit: string; quantity: number }>;
    notes: string | null;
  }>;
}

/**
 * The order's material issue and supplement slips (发料单 / 补料单), one per
 * page: the materials handed over, and the approvals a supplement or an
 * issue before the permit needs.
 */
export function materialSlipsDocument(facts: MaterialSlipFacts): DocumentModel {
  const last = facts.slips[facts.slips.length - 1];
  return {
    title: { en: 'Material issue / supplement slips', zh: '发料单 / 补料单' },
    fileName: `${facts.order.poNumber}_material-slips_${last?.issuedAt ?? 'none'}`,
    issuedOn: (last?.issuedAt ?? '1970-01-01').slice(0, 10),
    fields: headerFields(facts.order),
    tables: facts.slips.map((slip, i) => ({
      pageBreakBefore: i > 0,
      title: slip.supplement
        ? { en: `Supplement slip ${i + 1} · ${day(slip.issuedAt)}`, zh: `补料单 ${i + 1}` }
        : {
            en: `Issue slip ${i + 1} · ${day(slip.issuedAt)}${slip.preIssue ? ' · before the permit' : ''}`,
            zh: `发料单 ${i + 1}${slip.preIssue ? ' · 预发料' : ''}`,
          },
      columns: [
        { label: { en: 'Code', zh: '物料编号' } },
        { label: { en: 'Material', zh: '物料' } },
        { label: { en: 'Qty', zh: '数量' }, align: 'right' },
        { label: { en: 'Unit', zh: '单位' } },
      ],
      rows: [
        ...slip.lines.map((line) => [line.code, line.name, figure(line.quantity, 2), line.unit]),
        ...(slip.supplement
          ? [
              [{ en: 'Reason', zh: '原因' }, slip.supplement.reason ?? '', '', ''],
              [{ en: 'Supervisor', zh: '车间主管' }, signedBy(slip.supplement.supervisorApprovedBy), '', ''],
              [{ en: 'Trade (merchandiser)', zh: '业务确认' }, signedBy(slip.supplement.tradeConfirmedBy), '', ''],
            ]
          : []),
        ...(slip.preIssue
          ? [[{ en: 'Pre-issue approved by', zh: '预发料批准' }, signedBy(slip.preIssue.approvedBy), '', '']]
          : []),
        [{ en: 'Issued by / received by', zh: '发料人 / 领料人' }, signedBy(null), signedBy(null), ''],
      ],
    })),
  };
}
