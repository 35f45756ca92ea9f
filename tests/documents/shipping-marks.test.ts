import { hasValidCheckDigit } from '../../src/modules/documents/domain/gs1';
import { shippingMarks, type ShippingMarkFacts } from '../../src/modules/documents/domain/shipping-marks';
import { renderLabels } from '../../src/modules/documents/render/labels';
import { pdfText } from '../helpers/pdf-text';

const carton = { lengthCm: 60, widthCm: 40, heightCm: 32, netKg: 7.68, grossKg: 8.9 };
const facts = (numbering: ShippingMarkFacts['numbering']): ShippingMarkFacts => ({
  order: { poNumber: 'RWM-26-0931', styleNo: 'RW-DR31', customer: 'Rhein Mode GmbH', destination: 'Germany · sea' },
  listKind: 'final',
  version: 2,
  issuedOn: '2026-11-30',
  sizes: ['S', 'M', 'L'],
  cartons: [
    { fromCarton: 1, toCarton: 2, colour: 'Navy', sizes: { M: 12, S: 6, L: 6 }, ...carton },
    { fromCarton: 3, toCarton: 3, colour: 'Khaki', sizes: { L: 24 }, ...carton },
  ],
  numbering,
});
// GS1 General Specifications' own SSCC example: extension 0, prefix 0614141, serial 123456789 → 006141411234567890.
const gs1 = { kind: 'sscc' as const, extension: 0, companyPrefix: '0614141', firstSerial: 123456789 };

describe('shipping marks (唛头 / 箱唛)', () => {
  it('numbers every carton "n of N" with consecutive SSCCs that carry valid GS1 check digits', () => {
    const { marks, fileName } = shippingMarks(facts(gs1));
    expect(fileName).toBe('RWM-26-0931_shipping-marks-final_v2');
    expect(marks.map((mark) => `${mark.carton} of ${mark.of}`)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
    expect(marks[0].barcode).toEqual({
      symbology: 'gs1-128',
      text: '(00)006141411234567890',
      key: '006141411234567890',
    });
    // Next serial 123456790: body 00614141123456790, weights 3/1 from the right sum to 114 → check digit 6.
    expect(marks[1].barcode.key).toBe('006141411234567906');
    for (const mark of marks) expect(hasValidCheckDigit(mark.barcode.key)).toBe(true);
    expect(marks[0].sizes).toBe('S 6 · M 12 · L 6');
    expect(marks[0].pieces).toBe(24);
    expect(marks[2].colour).toBe('Khaki');
  });

  it('falls back to a Code 128 of PO and carton number without a GS1 company prefix', () => {
    const { marks } = shippingMarks(facts({ kind: 'code128' }));
    expect(marks[2].barcode).toEqual({ symbology: 'code128', text: 'RWM-26-0931-0003', key: 'RWM-26-0931-0003' });
  });

  it('prints one 4×6 in label per carton, or four to an A4 sheet, with the Chinese terms and the SSCC', async () => {
    const labels = shippingMarks(facts(gs1));
    const single = await renderLabels(labels, '4x6');
    const text = pdfText(single);
    expect(text).toContain('RWM-26-0931');
    expect(text).toContain('箱号 Carton');
    expect(text).toContain('2 of 3');
    expect(text).toContain('006141411234567906');
    expect(text).toContain('7.68 / 8.90 kg');
    expect(single.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(3);
    const sheet = await renderLabels(labels, 'a4');
    expect(sheet.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    expect((await renderLabels(labels, '4x6')).equals(single)).toBe(true);
    expect(pdfText(await renderLabels(labels, '4x6', 'en'))).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
