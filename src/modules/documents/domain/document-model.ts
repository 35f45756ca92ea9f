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

/** A printed value: a figure or name as is, or words in both languages (laid out as the customer reads). */
export type Cell = string | Bilingual;

export interface DocumentColumn {
  label: Bilingual;
  align?: 'left' | 'right' | 'center';
  /** Relative width; columns without one share what is left. */
  width?: number;
}

export interface DocumentTable {
  title?: Bilingual;
  /** Starts a new page (one slip or statement per page). */
  pageBreakBefore?: boolean;
  columns: DocumentColumn[];
  rows: Cell[][];
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
  fields: Array<{ label: Bilingual; value: Cell }>;
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

/** A cell as printed: words in both languages become "已作废 SUPERSEDED" or "SUPERSEDED"; figures stay. */
export const cellIn = (cell: Cell, language: DocumentLanguage) =>
  typeof cell === 'string' ? cell : cell.zh ? labelIn(cell, language) : cell.en;

/** A table's totals row with its label, in the customer's layout, in the first cell. */
export const totalsRow = (table: DocumentTable, label: (text: Bilingual) => string) =>
  (table.totals ?? []).map((value, i) => (i === 0 && table.totalsLabel ? label(table.totalsLabel) : value));

/** A figure as printed: thousands separators, fixed places ("1,234.50"); the workbook turns it back into a number. */
export const figure = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A day as printed (ISO, unambiguous to buyers in every market), or a dash. */
export const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '—');

/** A sign-off box: who signed and when, or an empty line to sign on paper. */
export const signedBy = (name: string | null | undefined, at?: string | null) =>
  name ? `${name}${at ? ` · ${day(at)}` : ''}` : '____________';

/** The file name part of a document: letters, digits and . _ - only, safe in a header. */
export const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

/** A worksheet's name as Excel allows it: none of * ? : \ / [ ], at most 31 characters. */
export const worksheetName = (text: string) => text.replace(/[*?:\\/[\]]/g, '-').slice(0, 31);
