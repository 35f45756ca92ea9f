import { packingListDocument, type PackingListFacts } from '../../src/modules/documents/domain/packing-list-document';
import { renderPdf } from '../../src/modules/documents/render/pdf';
import { pdfText } from '../helpers/pdf-text';

const carton = { lengthCm: 60, widthCm: 40, heightCm: 32, netKg: 7.68, grossKg: 8.9 };
const facts = (cartons: PackingListFacts['cartons']): PackingListFacts => ({
  order: { poNumber: 'RWM-26-0931', styleNo: 'RW-DR31', customer: 'Rhein Mode GmbH', destination: 'Hamburg' },
  kind: 'final',
  version: 2,
  issuedOn: '2026-11-30',
  sizes: ['S', 'M', 'L'],
  cartons,
});
const twenty = facts([
  { fromCarton: 1, toCarton: 8, colour: 'Navy', sizes: { S: 24 }, ...carton },
  { fromCarton: 9, toCarton: 16, colour: 'Navy', sizes: { M: 24 }, ...carton },
  { fromCarton: 17, toCarton: 20, colour: 'Khaki', sizes: { L: 24 }, ...carton },
]);

const textOf = async (pdf: Buffer) => pdfText(pdf);

describe('the packing list as a PDF (箱单)', () => {
  it('prints the PO, the Chinese terms and the totals worked by hand, with the glyphs embedded', async () => {
    const model = packingListDocument(twenty);
    expect(model.fileName).toBe('RWM-26-0931_packing-list-final_v2');
    const text = await textOf(await renderPdf(model));
    expect(text).toContain('RWM-26-0931');
    expect(text).toContain('装箱单');
    expect(text).toContain('毛重');
    // 20 cartons × 24 = 480 pieces; 20 × 0.6 × 0.4 × 0.32 = 1.536 m³; gross 20 × 8.9 = 178.00 kg.
    expect(text).toMatch(/合计 Total\s+20\s+192\s+192\s+96\s+480\s+153\.60\s+178\.00\s+1\.536/);
    expect(text).toContain('17–20');
  });

  it('gives the same bytes for the same version, and prints in English only for a buyer who wants it', async () => {
    const model = packingListDocument(twenty);
    expect((await renderPdf(model)).equals(await renderPdf(model))).toBe(true);
    const english = await textOf(await renderPdf(model, 'en'));
    expect(english).toContain('Packing list');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(english).toMatch(/Total\s+20\s+192/);
  });

  it('prints only the sizes packed, in the style’s order, across the page', () => {
    const model = packingListDocument({ ...twenty, sizes: ['XS', 'S', 'M', 'L', 'XL'] });
    expect(model.tables[0].columns.map((column) => column.label.en).slice(3, 6)).toEqual(['S', 'M', 'L']);
    expect(model.orientation).toBe('landscape');
  });

  it('marks a superseded version across the page', async () => {
    const model = { ...packingListDocument(twenty), watermark: { en: 'SUPERSEDED', zh: '已作废' } };
    const text = await textOf(await renderPdf(model));
    expect(text).toContain('已作废 SUPERSEDED');
  });

  // The time of a 500-carton list is the benchmark's to report (a rate), not a test's to race under CI load.
  it('renders a 500-carton list with the font subset, not embedded whole', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      fromCarton: i + 1,
      toCarton: i + 1,
      colour: i % 2 ? 'Navy 藏青' : 'Khaki 卡其',
      sizes: { S: 8, M: 8, L: 8 },
      ...carton,
    }));
    const pdf = await renderPdf(packingListDocument(facts(rows)));
    // Subset: a few hundred glyphs, not the 10 MB font.
    expect(pdf.length).toBeLessThan(300_000);
  });
});
