import path from 'node:path';
import {
  cellIn,
  labelIn,
  totalsRow,
  type Cell,
  type DocumentLanguage,
  type DocumentModel,
} from '../domain/document-model';

// pdfmake 0.3's server build is CommonJS without types: what is used of it, typed here.
interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

/** Noto Sans SC from npm (SIL OFL): Chinese and Latin glyphs, subset into each PDF. */
const FONT_DIR = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const REGULAR = path.join(FONT_DIR, '400Regular', 'NotoSansSC_400Regular.ttf');
const BOLD = path.join(FONT_DIR, '700Bold', 'NotoSansSC_700Bold.ttf');

let loaded: PdfMake | null = null;
export function pdfmake(): PdfMake {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- pdfmake's Node entry is CommonJS
  const instance = require('pdfmake') as PdfMake;
  instance.setFonts({ NotoSansSC: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
  // Documents are made from facts only: no URL fetched, no file read but the fonts.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR));
  loaded = instance;
  return instance;
}

const GREY = '#5b5b6b';

/** A document model as an A4 PDF; the same model gives the same bytes (its dates are the version's). */
export async function renderPdf(model: DocumentModel, language: DocumentLanguage = 'bilingual'): Promise<Buffer> {
  const label = (text: { en: string; zh: string }) => (text.zh ? labelIn(text, language) : text.en);
  const issued = new Date(`${model.issuedOn}T00:00:00Z`);
  const content: unknown[] = [
    { text: label(model.title), style: 'title' },
    {
      table: {
        widths: ['auto', '*', 'auto', '*'],
        body: chunk(
          model.fields.flatMap((field) => [
            { text: label(field.label), color: GREY },
            { text: cellIn(field.value, language) || '—', bold: true },
          ]),
          4
        ),
      },
      layout: 'noBorders',
      margin: [0, 6, 0, 10],
    },
  ];
  for (const table of model.tables) {
    if (table.title)
      content.push({
        text: label(table.title),
        style: 'heading',
        pageBreak: table.pageBreakBefore ? 'before' : undefined,
      });
    const header = table.columns.map((column) => ({
      text: label(column.label),
      bold: true,
      alignment: column.align ?? 'left',
      fillColor: '#eeeef4',
    }));
    const cell = (value: Cell, i: number, bold = false) => ({
      text: cellIn(value, language),
      bold,
      alignment: table.columns[i]?.align ?? 'left',
    });
    content.push({
      table: {
        headerRows: 1,
        widths: table.columns.map((column) => column.width ?? 'auto'),
        body: [
          header,
          ...table.rows.map((row) => row.map((value, i) => cell(value, i))),
          ...(table.totals ? [totalsRow(table, label).map((value, i) => cell(value, i, true))] : []),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 10],
    });
  }
  for (const note of model.notes ?? []) content.push({ text: label(note), color: GREY, margin: [0, 2, 0, 0] });
  return pdfmake()
    .createPdf({
      pageSize: 'A4',
      pageOrientation: model.orientation ?? 'portrait',
      pageMargins: [32, 40, 32, 40],
      defaultStyle: { font: 'NotoSansSC', fontSize: 8 },
      styles: { title: { fontSize: 16, bold: true }, heading: { fontSize: 11, bold: true, margin: [0, 6, 0, 4] } },
      info: { title: `${label(model.title)} ${model.fileName}`, creationDate: issued, modDate: issued },
      watermark: model.watermark ? { text: label(model.watermark), opacity: 0.15, bold: true } : undefined,
      footer: (page: number, pages: number) => ({
        text: `${model.fileName} · ${page} / ${pages}`,
        alignment: 'right',
        color: GREY,
        fontSize: 7,
        margin: [32, 10, 32, 0],
      }),
      content,
    })
    .getBuffer();
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    const row = items.slice(i, i + size);
    while (row.length < size) row.push({ text: '' } as T);
    rows.push(row);
  }
  return rows;
}
