/** Contracts of the shipping endpoints, shared by the server and the admin plugin. */
import type { ClassAqls, InspectionLevel, InspectionPlan, SamplingPlan, Severity } from '../quality/domain/aql';
import type { SwitchingStep } from '../quality/domain/switching';
import type { CartonRow, LineComparison } from './domain/packing';
import type { Tolerance, ToleranceCell, ToleranceScope, ToleranceSource } from './domain/tolerance';

export declare namespace GetTolerance {
  interface Response {
    data: {
      ordered: number;
      shipped: number | null;
      underPct: number;
      overPct: number;
      /** The whole order's allowance. */
      allowedMin: number;
      allowedMax: number;
      /** Within in the scope: every colour (or cell) within its own allowance. */
      within: boolean | null;
      /** The scope judged: the tolerance's, or `order` when only a total is known. */
      scope: ToleranceScope;
      cells: ToleranceCell[];
      outside: ToleranceCell[];
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
      /** Ratio packing: size → pieces per set, for every colour. */
      ratio?: Record<string, number>;
      /** Ratio packing: colour → size → pieces per set (wins over `ratio`). */
      ratios?: Record<string, Record<string, number>>;
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
      tolerance: GetTolerance.Response['data'];
      fobPrice: number;
      currency: string;
      /** Amounts in decimal, rounded half-up to the currency's minor unit (ISO 4217). */
      orderedAmount: number;
      /** Shipped pieces up to the tolerance's ceiling (per colour in a colour scope): what the buyer pays for. */
      payableQuantity: number | null;
      /** Shipped beyond the ceiling: not payable. */
      excessQuantity: number | null;
      invoiceAmount: number | null;
      excessValue: number | null;
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
    data: {
      lotSize: number;
      level?: InspectionLevel;
      /** One plan for one AQL… */
      aql?: number;
      /** …or a plan per defect class (critical 0: none accepted). */
      aqls?: ClassAqls;
      severity?: Severity;
      /** A customer's documentId: its current severity (unless `severity` is given) and its sample-size variant. */
      customer?: string;
    };
  }
  type Variant = 'standard' | 'customer-keeps-sample-size';
  interface Response {
    data: (SamplingPlan | InspectionPlan) & { variant: Variant };
  }
}

export declare namespace GetInspectionSeverity {
  interface Response {
    data: {
      customer: { documentId: string; code: string; name: string };
      /** The severity the next lot is inspected at. */
      severity: Severity;
      score: number;
      discontinued: boolean;
      reducedAllowed: boolean;
      lots: Array<SwitchingStep & { order: string | null; poNumber: string | null }>;
    };
  }
}

/** One packing list as the editor shows it. */
export interface PackingListDraft {
  documentId: string;
  kind: 'simulated' | 'final';
  title: string | null;
  cartons: Array<CartonRow & { id?: number }>;
  deviationApprovedBy: string | null;
  notes: string | null;
  withinTolerance: boolean | null;
}

export declare namespace GetPackingEditor {
  interface Response {
    data: {
      order: { documentId: string; poNumber: string; stage: string | null };
      /** The ordered size breakdown, and the style's sizes in their order. */
      lines: Array<{ colour: string; size: string; quantity: number }>;
      sizes: string[];
      /** The order's tolerance (its own, its customer's or the market rule's), with the scope it is judged in. */
      tolerance: Tolerance;
      simulated: PackingListDraft | null;
      final: PackingListDraft | null;
    };
  }
}
