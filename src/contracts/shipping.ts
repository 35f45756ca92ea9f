/** Contracts of the shipping endpoints, shared by the server and the admin plugin. */
import type { CodeLetter } from '../domain/shipping/aql';
import type { LineComparison } from '../domain/shipping/packing';
import type { ToleranceSource } from '../domain/shipping/tolerance';

export declare namespace GetTolerance {
  interface Response {
    data: {
      ordered: number;
      shipped: number | null;
      underPct: number;
      overPct: number;
      allowedMin: number;
      allowedMax: number;
      within: boolean | null;
      source: ToleranceSource;
    };
  }
}

export declare namespace SimulatePackingList {
  interface Request {
    data: {
      packType: 'solid' | 'ratio';
      piecesPerCarton: number;
      carton: { lengthCm: number; widthCm: number; heightCm: number };
      pieceWeightKg: number;
      cartonWeightKg?: number;
    };
  }
  interface Response {
    data: Record<string, unknown> & {
      documentId: string;
      kind: 'simulated';
      totalCartons: number;
      totalPieces: number;
    };
  }
}

export declare namespace GetReconciliation {
  interface Response {
    data: {
      order: { documentId: string; poNumber: string; stage: string | null };
      ordered: number;
      shipped: number | null;
      shortOver: number | null;
      shortOverPct: number | null;
      within: boolean | null;
      tolerance: { underPct: number; overPct: number; allowedMin: number; allowedMax: number; source: ToleranceSource };
      fobPrice: number;
      currency: string;
      orderedAmount: number;
      invoiceAmount: number | null;
      shortShipmentValue: number | null;
      lines: Array<LineComparison & { value: number }>;
      completion: {
        shippedAt: string | null;
        reportDate: string | null;
        dueDate: string | null;
        overdue: boolean;
        signed: boolean;
      } | null;
    };
  }
}

export declare namespace PlanInspection {
  interface Request {
    data: { lotSize: number; level?: string; aql: number; keepSampleSize?: boolean };
  }
  interface Response {
    data: {
      codeLetter: CodeLetter;
      planLetter: CodeLetter;
      sampleSize: number;
      accept: number;
      reject: number;
      fullInspection: boolean;
    };
  }
}
