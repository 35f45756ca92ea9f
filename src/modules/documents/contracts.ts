import type { Bilingual, DocumentLanguage } from './domain/document-model';

/** A document an order prints, with the versions it was issued in (the Documents block, portals). */
export interface OrderDocumentEntry {
  /** `production-notice`, `packing-list-final`, `shipping-marks`, … */
  name: string;
  title: Bilingual;
  /** The files it downloads as: `packing-list-final.pdf`, `packing-list-final.xlsx`. */
  files: string[];
  /** Issued versions, newest first; empty for documents printed from the facts as they are. */
  versions: Array<{ version: number; status: 'current' | 'superseded' | 'recalled'; issuedOn: string }>;
}

/** `GET /api/orders/:documentId/documents`, `GET /merchandiser/orders/:documentId/documents`. */
export declare namespace GetOrderDocuments {
  interface Response {
    data: OrderDocumentEntry[];
    /** The customer's layout, the default of every download. */
    meta: { language: DocumentLanguage };
  }
}
