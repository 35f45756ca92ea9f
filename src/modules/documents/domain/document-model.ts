/**
 * What a printed document says, before any renderer: bilingual labels, fields,
 * tables and totals. Builders (one per document) make it from the facts; the
 * PDF and Excel renderers only lay it out.
 */
export interface Bilingual {
  en: string;
  zh: string;
}

/** The customer's layout: both languages on the page (the default), or English only. */
export type DocumentLanguage = 'bilingual' | 'en';

export interface DocumentColumn {
  label: Bilingual;
  align?: 'left' | 'right' | 'center';
  /** Relative width; columns without one share what is left. */
  width?: number;
}

export interface DocumentTable {
  title?: Bilingual;
  columns: DocumentColumn[];
  rows: string[][];
  /** A bold last row (totals), aligned with the columns; its first cell is `totalsLabel`. */
  totals?: string[];
  totalsLabel?: Bilingual;
}

export interface DocumentModel {
  title: Bilingual;
  /** The file name a merchandiser recognises, without extension: `SKJ-2611-03_packing-list_v2`. */
  fileName: string;
  /** The day the version was issued: printed, and the PDF's date (the same version gives the same bytes). */
  issuedOn: string;
  fields: Array<{ label: Bilingual; value: string }>;
  tables: DocumentTable[];
  notes?: Bilingual[];
  /** Wide tables (a packing list's sizes and measures) print across the page. */
  orientation?: 'portrait' | 'landscape';
  /** A superseded or recalled version says so across the page, with the version that replaces it. */
  watermark?: Bilingual;
}

/** A label in the customer's layout: "箱号 Carton" both ways, or the English alone. */
export const labelIn = (label: Bilingual, language: DocumentLanguage) =>
  language === 'en' ? label.en : `${label.zh} ${label.en}`;

/** A table's totals row with its label, in the customer's layout, in the first cell. */
export const totalsRow = (table: DocumentTable, label: (text: Bilingual) => string) =>
  (table.totals ?? []).map((value, i) => (i === 0 && table.totalsLabel ? label(table.totalsLabel) : value));
