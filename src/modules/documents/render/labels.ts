import bwipjs from 'bwip-js';
import { labelIn, type DocumentLanguage } from '../domain/document-model';
import type { ShippingMark, ShippingMarks } from '../domain/shipping-marks';
import { pdfmake } from './pdf';

/** 4 × 6 in at 72 pt/in: the thermal label printers' stock. */
const LABEL_4X6 = { width: 288, height: 432 };

/**
 * A scannable barcode as vector SVG (bwip-js draws GS1-128 with its AI in
 * brackets, and Code 128): crisp on a thermal printer at any size, and laid
 * into the PDF as paths — no image cache between documents, so the same
 * labels give the same bytes.
 */
function barcode(mark: ShippingMark): string {
  return bwipjs.toSVG({
    bcid: mark.barcode.symbology,
    text: mark.barcode.text,
    height: 14,
    // The human-readable line is printed as text under the bars: searchable, and far smaller than glyph paths.
    includetext: false,
  });
}

function label(mark: ShippingMark, svg: string, width: number, language: DocumentLanguage) {
  const line = (en: string, zh: string, value: string, size = 10) => ({
    columns: [
      { text: labelIn({ en, zh }, language), width: 78, color: '#5b5b6b', fontSize: 7 },
      { text: value, bold: true, fontSize: size },
    ],
    margin: [0, 1, 0, 1],
  });
  return {
    stack: [
      { text: mark.customer, bold: true, fontSize: 12 },
      line('PO', '订单号', mark.poNumber, 14),
      line('Style', '款号', mark.styleNo),
      line('Colour', '颜色', mark.colour),
      line('Sizes', '尺码', mark.sizes),
      line('Pieces', '件数', String(mark.pieces)),
      line('Carton', '箱号', `${mark.carton} of ${mark.of}`, 16),
      line('N.W./G.W.', '净重/毛重', `${mark.netKg} / ${mark.grossKg} kg`),
      line('Meas.', '尺寸', mark.measurement),
      line('Destination', '目的地', mark.destination),
      line(
        mark.barcode.symbology === 'gs1-128' ? 'SSCC' : 'Carton ID',
        mark.barcode.symbology === 'gs1-128' ? '系列货运包装箱代码' : '箱码',
        mark.barcode.key
      ),
      { svg, width: width - 24, margin: [0, 6, 0, 0] },
      { text: mark.barcode.text, alignment: 'center', fontSize: 11, margin: [0, 2, 0, 0] },
    ],
  };
}

/**
 * The shipping marks (唛头 / 箱唛) of a packing list: one 4 × 6 in label per
 * page for label printers, or A4 sheets of four for an office printer.
 */
export async function renderLabels(
  labels: ShippingMarks,
  layout: '4x6' | 'a4' = '4x6',
  language: DocumentLanguage = 'bilingual'
): Promise<Buffer> {
  const images = labels.marks.map(barcode);
  const issued = new Date(`${labels.issuedOn}T00:00:00Z`);
  const common = {
    defaultStyle: { font: 'NotoSansSC', fontSize: 9 },
    info: { title: labels.fileName, creationDate: issued, modDate: issued },
  };
  if (layout === '4x6') {
    return pdfmake()
      .createPdf({
        ...common,
        pageSize: LABEL_4X6,
        pageMargins: [12, 12, 12, 12],
        content: labels.marks.map((mark, i) => ({
          ...label(mark, images[i], LABEL_4X6.width - 24, language),
          pageBreak: i > 0 ? 'before' : undefined,
        })),
      })
      .getBuffer();
  }
  // A4 portrait, 2 × 2 labels of 277 × 401 pt with cutting lines.
  const cell = (i: number) =>
    i < labels.marks.length
      ? { ...label(labels.marks[i], images[i], 265, language), margin: [6, 6, 6, 6] }
      : { text: '' };
  const pages = [];
  for (let i = 0; i < labels.marks.length; i += 4) {
    pages.push({
      table: {
        widths: ['*', '*'],
        heights: 395,
        body: [
          [cell(i), cell(i + 1)],
          [cell(i + 2), cell(i + 3)],
        ],
      },
      layout: {
        hLineStyle: () => ({ dash: { length: 3 } }),
        vLineStyle: () => ({ dash: { length: 3 } }),
        hLineColor: () => '#999999',
        vLineColor: () => '#999999',
      },
      pageBreak: i > 0 ? 'before' : undefined,
    });
  }
  return pdfmake()
    .createPdf({ ...common, pageSize: 'A4', pageMargins: [20, 20, 20, 20], content: pages })
    .getBuffer();
}
