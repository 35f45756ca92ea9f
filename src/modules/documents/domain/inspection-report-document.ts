import { day, figure, type Bilingual, type DocumentModel } from './document-model';
import { headerFields, type OrderHeader } from './order-header';

type DefectClass = 'critical' | 'major' | 'minor';

export interface InspectionFact {
  inspectedAt: string | null;
  inspector: string | null;
  lotSize: number;
  level: string;
  severity: string;
  codeLetter: string | null;
  cartonsPulled: number | null;
  result: 'pass' | 'fail' | null;
  reinspection: boolean;
  /** Per class: the AQL, the sample drawn, accept/reject numbers and the defects found. */
  classes: Record<
    DefectClass,
    { aql: number; sampleSize: number | null; accept: number | null; reject: number | null; found: number | null }
  >;
  notes: string | null;
}

export interface InspectionReportFacts {
  order: OrderHeader;
  /** The final inspections of the order, oldest first (a re-inspection after a failure follows it). */
  inspections: readonly InspectionFact[];
}

const CLASS: Record<DefectClass, Bilingual> = {
  critical: { en: 'Critical', zh: '致命' },
  major: { en: 'Major', zh: '主要' },
  minor: { en: 'Minor', zh: '次要' },
};
const RESULT: Record<'pass' | 'fail', Bilingual> = {
  pass: { en: 'PASS', zh: '合格' },
  fail: { en: 'FAIL', zh: '不合格' },
};

const count = (value: number | null) => (value === null ? '—' : figure(value));

/**
 * The final inspection report (尾查报告): per inspection the AQL plan of each
 * defect class (ISO 2859-1 code letter, sample, Ac/Re), the defects found
 * against it, the result and the inspector.
 */
export function inspectionReportDocument(facts: InspectionReportFacts): DocumentModel {
  const last = facts.inspections[facts.inspections.length - 1];
  return {
    title: { en: 'Final inspection report', zh: '尾查报告' },
    fileName: `${facts.order.poNumber}_inspection-report_${last?.inspectedAt ?? 'draft'}`,
    issuedOn: (last?.inspectedAt ?? '1970-01-01').slice(0, 10),
    fields: [
      ...headerFields(facts.order),
      { label: { en: 'Result', zh: '结果' }, value: last?.result ? RESULT[last.result] : '—' },
      { label: { en: 'Inspector', zh: '检验员' }, value: last?.inspector ?? '' },
    ],
    tables: facts.inspections.map((inspection, i) => ({
      title: {
        en: `${inspection.reinspection ? 'Re-inspection' : 'Inspection'} ${i + 1} · ${day(inspection.inspectedAt)} · lot ${figure(inspection.lotSize)} pcs · level ${inspection.level} (${inspection.severity}) · code ${inspection.codeLetter ?? '—'} · ${count(inspection.cartonsPulled)} cartons pulled`,
        zh: `${inspection.reinspection ? '复检' : '检验'} ${i + 1}`,
      },
      columns: [
        { label: { en: 'Class', zh: '缺陷类别' } },
        { label: { en: 'AQL', zh: 'AQL' }, align: 'right' },
        { label: { en: 'Sample', zh: '抽样数' }, align: 'right' },
        { label: { en: 'Ac', zh: '接收数' }, align: 'right' },
        { label: { en: 'Re', zh: '拒收数' }, align: 'right' },
        { label: { en: 'Found', zh: '发现数' }, align: 'right' },
        { label: { en: 'Verdict', zh: '判定' } },
      ],
      rows: (['critical', 'major', 'minor'] as const).map((name) => {
        const plan = inspection.classes[name];
        const verdict =
          plan.found === null || plan.accept === null ? '—' : plan.found <= plan.accept ? RESULT.pass : RESULT.fail;
        return [
          CLASS[name],
          String(plan.aql),
          count(plan.sampleSize),
          count(plan.accept),
          count(plan.reject),
          count(plan.found),
          verdict,
        ];
      }),
    })),
    notes: facts.inspections.flatMap((inspection) => (inspection.notes ? [{ en: inspection.notes, zh: '' }] : [])),
  };
}
