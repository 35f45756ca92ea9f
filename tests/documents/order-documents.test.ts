import { commercialInvoiceDocument } from '../../src/modules/documents/domain/commercial-invoice-document';
import { materialSlipsDocument } from '../../src/modules/documents/domain/material-slips-document';
import { productionPermitDocument } from '../../src/modules/documents/domain/production-permit-document';
import { inspectionReportDocument } from '../../src/modules/documents/domain/inspection-report-document';
import { productionNoticeDocument } from '../../src/modules/documents/domain/production-notice-document';
import { purchaseOrderDocument } from '../../src/modules/documents/domain/purchase-order-document';
import { reconciliationDocument } from '../../src/modules/documents/domain/reconciliation-document';
import { renderPdf } from '../../src/modules/documents/render/pdf';
import { pdfText } from '../helpers/pdf-text';

const header = {
  poNumber: 'SKJ-2611-03',
  customer: 'Shikoku Textiles',
  styleNo: 'SK-P201',
  destination: 'Japan · sea',
};
const lastRow = (rows: unknown[][]) => rows[rows.length - 1];

describe('the production notice (生产通知单)', () => {
  const notice = productionNoticeDocument({
    version: 1,
    issuedOn: '2026-11-02',
    order: {
      ...header,
      styleDescription: 'Polo shirt',
      season: 'SS27',
      orderType: 'full-package',
      totalQuantity: 1200,
      orderDate: '2026-10-20',
      materialIssueDate: '2026-11-10',
      exFactoryDate: '2026-12-20',
      requiresWashing: true,
      requiresPrintOrEmbroidery: false,
      notes: 'Pre-wash all fabric.',
      merchandiser: 'Li Na',
    },
    sizes: ['S', 'M', 'L', 'XL'],
    lines: [
      { colour: 'Navy', size: 'M', quantity: 300 },
      { colour: 'Navy', size: 'S', quantity: 200 },
      { colour: 'White', size: 'L', quantity: 400 },
      { colour: 'White', size: 'M', quantity: 300 },
    ],
    bom: [
      {
        code: 'F-100',
        name: 'Pique 220 g',
        unit: 'm',
        colour: null,
        consumptionPerPiece: 1.2,
        wastagePct: 3,
        required: 1483.2,
      },
    ],
    subcontracting: [{ process: 'embroidery', supplier: 'Hangzhou Emb.', quantity: 500 }],
    packing: { cartons: 50, pieces: 1200, piecesPerCarton: [24, 24] },
    milestones: [
      { name: { en: 'Bulk fabric in house', zh: '大货面料到厂' }, plannedDate: '2026-11-08', actualDate: null },
    ],
    signoffs: [
      {
        stage: 'notice',
        department: { en: 'Production', zh: '生产部' },
        decision: 'approved',
        by: 'Wang Wei',
        at: '2026-11-01T08:00:00Z',
        comment: null,
      },
    ],
  });

  it('prints the colour × size grid in the scale’s order with totals worked by hand', () => {
    const grid = notice.tables[0];
    expect(grid.columns.map((column) => column.label.en)).toEqual(['Colour', 'S', 'M', 'L', 'Total']);
    // Navy 200 + 300 = 500; White 300 + 400 = 700; by size S 200, M 600, L 400; 1,200 in all.
    expect(grid.rows).toEqual([
      ['Navy', '200', '300', '', '500'],
      ['White', '', '300', '400', '700'],
    ]);
    expect(grid.totals).toEqual(['', '200', '600', '400', '1,200']);
  });

  it('is a one-page A4 PDF under 300 KB with the Chinese terms, the requirement and who signed', async () => {
    const pdf = await renderPdf(notice);
    expect(pdf.length).toBeLessThan(300 * 1024);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const text = pdfText(pdf);
    for (const term of ['生产通知单', 'SKJ-2611-03', '颜色尺码分配', '物料与用量', '会签', '水洗', '大货面料到厂'])
      expect(text).toContain(term);
    // 1,200 pcs × 1.2 m × 1.03 = 1,483.20 m.
    expect(text).toContain('1,483.20');
    expect(text).toContain('Wang Wei · 2026-11-01');
    expect(text).toContain('50 ctns · 1,200 pcs · 24 pcs/ctn');
  });
});

describe('the commercial invoice (商业发票)', () => {
  const facts = {
    version: 2,
    issuedOn: '2026-12-18',
    order: { ...header, fobPrice: 4.35, currency: 'USD' },
    seller: { name: 'Ningbo Gendan Garments', address: 'Ningbo' },
    packed: [
      { colour: 'Navy', size: 'S', quantity: 210 },
      { colour: 'Navy', size: 'M', quantity: 305 },
    ],
    cartons: 22,
    grossKg: 195.8,
    netKg: 176,
    cbm: 1.69,
    excess: 0,
  };

  it('prices each colour × size at the FOB price to the cent (ISO 4217 USD: 2 places)', () => {
    const invoice = commercialInvoiceDocument(facts);
    // 210 × 4.35 = 913.50; 305 × 4.35 = 1,326.75; 515 pcs, 2,240.25.
    expect(invoice.tables[0].rows.map((row) => row[4])).toEqual(['913.50', '1,326.75']);
    expect(invoice.tables[0].totals).toEqual(['', '', '515', '', '2,240.25']);
    expect(invoice.fileName).toBe('SKJ-2611-03_commercial-invoice_v2');
  });

  it('prints yen without minor units and deducts pieces over the ceiling', () => {
    const invoice = commercialInvoiceDocument({
      ...facts,
      order: { ...facts.order, fobPrice: 512, currency: 'JPY' },
      excess: 15,
    });
    // 210 × 512 = 107,520; 305 × 512 = 156,160; less 15 × 512 = 7,680 → 256,000 yen (JPY has no minor unit).
    expect(invoice.tables[0].rows.map((row) => row[4])).toEqual(['107,520', '156,160', '-7,680']);
    expect(lastRow(invoice.tables[0].rows as unknown[][])[0]).toEqual({
      en: 'Over the tolerance, free of charge',
      zh: '超出溢装部分不计价',
    });
    expect(invoice.tables[0].totals?.[4]).toBe('256,000');
  });
});

describe('the reconciliation statement (对账单)', () => {
  it('prints ordered against shipped per cell and the money at the FOB price', async () => {
    const model = reconciliationDocument({
      order: header,
      issuedOn: '2026-12-22',
      currency: 'USD',
      fobPrice: 4.35,
      ordered: 500,
      shipped: 515,
      shortOver: 15,
      shortOverPct: 3,
      within: true,
      tolerance: { underPct: 3, overPct: 5, allowedMin: 485, allowedMax: 525, scope: 'order' },
      orderedAmount: 2175,
      payableQuantity: 515,
      excessQuantity: 0,
      invoiceAmount: 2240.25,
      excessValue: 0,
      shortShipmentValue: 0,
      lines: [
        { colour: 'Navy', size: 'S', quantity: 200, packed: 210, difference: 10, value: 913.5 },
        { colour: 'Navy', size: 'M', quantity: 300, packed: 305, difference: 5, value: 1326.75 },
      ],
      completion: { shippedAt: '2026-12-20', reportDate: '2026-12-22', signedBy: ['Zhao Min'] },
    });
    expect(model.tables[0].rows[0]).toEqual(['Navy', 'S', '200', '210', '+10', '913.50']);
    expect(model.tables[0].totals).toEqual(['', '', '500', '515', '+15 (3%)', '2,240.25']);
    const text = pdfText(await renderPdf(model));
    expect(text).toContain('完单报告 / 对账单');
    expect(text).toContain('在短溢装范围内 within tolerance');
    expect(text).toMatch(/应付\(溢装上限内\) Payable \(up to the ceiling\)\s+515\s+2,240\.25/);
  });
});

describe('the final inspection report (尾查报告)', () => {
  it('judges each class against its accept number (ISO 2859-1, lot 1,200, level II: code J, 80 pieces)', () => {
    const plan = (aql: number, accept: number, found: number) => ({
      aql,
      sampleSize: 80,
      accept,
      reject: accept + 1,
      found,
    });
    const model = inspectionReportDocument({
      order: header,
      inspections: [
        {
          inspectedAt: '2026-12-15',
          inspector: 'Chen Jie',
          lotSize: 1200,
          level: 'II',
          severity: 'normal',
          codeLetter: 'J',
          cartonsPulled: 7,
          result: 'fail',
          reinspection: false,
          // ISO 2859-1 Table II-A, code J (80): AQL 2.5 → Ac 5 / Re 6; AQL 4.0 → Ac 7 / Re 8.
          classes: { critical: plan(0, 0, 0), major: plan(2.5, 5, 6), minor: plan(4, 7, 3) },
          notes: null,
        },
      ],
    });
    const rows = model.tables[0].rows;
    expect(rows[1].slice(1, 6)).toEqual(['2.5', '80', '5', '6', '6']);
    expect(rows.map((row) => (row[6] as { en: string }).en)).toEqual(['PASS', 'FAIL', 'PASS']);
    expect(model.fields.find((field) => field.label.en === 'Result')?.value).toEqual({ en: 'FAIL', zh: '不合格' });
  });
});

describe('the purchase order to a supplier (采购单)', () => {
  it('totals the lines in the purchase currency', () => {
    const model = purchaseOrderDocument({
      poNumber: 'PO-26-0142',
      status: 'sent',
      orderedAt: '2026-11-03',
      supplier: { code: 'SUP-07', name: 'Shaoxing Knits', contact: 'Zhou Li' },
      buyer: { name: 'Ningbo Gendan Garments', address: 'Ningbo' },
      currency: 'CNY',
      lines: [
        {
          material: { code: 'F-100', name: 'Pique 220 g', unit: 'm' },
          order: 'SKJ-2611-03',
          quantity: 1483.2,
          unitPrice: 18.5,
          dueDate: '2026-11-08',
        },
        {
          material: { code: 'T-20', name: 'Button 18L', unit: 'pcs' },
          order: 'SKJ-2611-03',
          quantity: 6120,
          unitPrice: 0.085,
          dueDate: '2026-11-08',
        },
      ],
      terms: null,
    });
    // 1,483.2 × 18.5 = 27,439.20; 6,120 × 0.085 = 520.20; 27,959.40 CNY.
    expect(model.tables[0].rows.map((row) => row[6])).toEqual(['27,439.20', '520.20']);
    expect(model.tables[0].totals?.[6]).toBe('27,959.40');
  });
});

describe('the production permit / process card (生产许可证 / 流程卡)', () => {
  it('prints every department’s sign-off with who and when, and the special instructions', async () => {
    const model = productionPermitDocument({
      version: 1,
      issuedOn: '2026-11-09',
      order: { ...header, totalQuantity: 300, exFactoryDate: '2026-12-20', notes: 'Match the PP sample shade.' },
      sizes: ['S', 'M'],
      lines: [
        { colour: 'Navy', size: 'S', quantity: 100 },
        { colour: 'Navy', size: 'M', quantity: 200 },
      ],
      signoffs: [
        {
          stage: 'permit',
          department: { en: 'Quality', zh: '品质部' },
          decision: 'approved',
          by: 'Zhao Min',
          at: '2026-11-08T09:00:00Z',
          comment: null,
        },
        {
          stage: 'permit',
          department: { en: 'Technical', zh: '技术部' },
          decision: 'rejected',
          by: 'Sun Hao',
          at: '2026-11-07T09:00:00Z',
          comment: 'Pattern v2 first',
        },
      ],
      instructions: [
        { en: 'Garment washing required', zh: '需水洗' },
        { en: 'Match the PP sample shade.', zh: '' },
      ],
    });
    const text = pdfText(await renderPdf(model));
    expect(text).toContain('生产许可证 / 流程卡 Production permit / process card');
    expect(text).toMatch(/品质部 Quality\s+同意 approved\s+Zhao Min · 2026-11-08/);
    expect(text).toMatch(/技术部 Technical\s+驳回 rejected\s+Sun Hao · 2026-11-07\s+Pattern v2 first/);
    expect(text).toContain('需水洗 Garment washing required');
    expect(text).toMatch(/合计 Total\s+100\s+200\s+300/);
  });
});

describe('the material issue and supplement slips (发料单 / 补料单)', () => {
  it('prints one slip per page, a supplement with its reason and approvals, blank lines to sign', async () => {
    const model = materialSlipsDocument({
      order: header,
      slips: [
        {
          issuedAt: '2026-11-10',
          supplement: null,
          preIssue: null,
          notes: null,
          lines: [{ code: 'F-100', name: 'Pique 220 g', unit: 'm', quantity: 1483.2 }],
        },
        {
          issuedAt: '2026-11-20',
          supplement: { reason: 'Cutting loss on lot 3', supervisorApprovedBy: 'Wu Gang', tradeConfirmedBy: null },
          preIssue: null,
          notes: null,
          lines: [{ code: 'F-100', name: 'Pique 220 g', unit: 'm', quantity: 36 }],
        },
      ],
    });
    expect(model.tables.map((table) => table.pageBreakBefore ?? false)).toEqual([false, true]);
    const pdf = await renderPdf(model);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
    const text = pdfText(pdf);
    expect(text).toContain('发料单 1 Issue slip 1 · 2026-11-10');
    expect(text).toContain('补料单 2 Supplement slip 2 · 2026-11-20');
    expect(text).toMatch(/F-100\s+Pique 220 g\s+1,483\.20\s+m/);
    expect(text).toMatch(/车间主管 Supervisor\s+Wu Gang/);
    // The merchandiser has not confirmed yet: a line to sign on paper.
    expect(text).toMatch(/业务确认 Trade \(merchandiser\)\s+_{12}/);
  });
});

describe('documents as workbooks', () => {
  it('name the sheet as Excel allows (no "/" of 完单报告 / 对账单)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { renderXlsx } = await import('../../src/modules/documents/render/xlsx');
    const book = new ExcelJS.Workbook();
    const model = reconciliationDocument({
      order: header,
      issuedOn: '2026-12-22',
      currency: 'USD',
      fobPrice: 1,
      ordered: 1,
      shipped: 1,
      shortOver: 0,
      shortOverPct: 0,
      within: true,
      tolerance: { underPct: 0, overPct: 0, allowedMin: 1, allowedMax: 1, scope: 'order' },
      orderedAmount: 1,
      payableQuantity: 1,
      excessQuantity: 0,
      invoiceAmount: 1,
      excessValue: 0,
      shortShipmentValue: 0,
      lines: [],
      completion: null,
    });
    await book.xlsx.load((await renderXlsx(model)) as never);
    // 4 + 3 + 3 + 1 + 20 characters: Excel's limit of 31.
    expect(book.worksheets[0].name).toBe('完单报告 - 对账单 Completion report an');
  });
});
