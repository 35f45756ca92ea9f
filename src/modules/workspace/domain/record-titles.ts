/**
 * The human title of a record — what a relation picker, a list and the edit
 * view's heading show instead of an id or "Untitled": the identifiers a
 * merchandiser says aloud (PO number, material code, line, date), joined by
 * " · ". Pure: the glue loads the facts named here.
 */

type Part = string | number | null | undefined | false;

/** Strapi's string column holds 255 characters. */
const MAX_TITLE = 255;

/** Joins the parts that are there with " · "; a record with none still reads as something. */
export function joinTitle(...parts: Part[]): string {
  const present = parts
    .filter((part): part is string | number => part !== null && part !== undefined && part !== false)
    .map((part) => String(part).trim())
    .filter((part) => part !== '');
  const title = present.join(' · ');
  return title === '' ? '—' : title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** A stored date or timestamp as the calendar day it names (2026-11-29). */
export const dayOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
};

/** A decimal as people write it: 120, 12.5 — never "120.00". */
const amount = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? String(number) : null;
};

/** What the titles read of a record and the records it points to. */
export interface TitleFacts {
  orderPo?: string | null;
  purchasePo?: string | null;
  materialCode?: string | null;
  supplierName?: string | null;
  customerName?: string | null;
  lineName?: string | null;
  departmentName?: string | null;
  stageName?: string | null;
  /** The version of the document the record was last issued as (a packing list: every save is a new version). */
  documentVersion?: number | null;
  record: Record<string, unknown>;
}

const version = (kind: unknown, n: unknown) =>
  kind ? `${String(kind)}${n !== null && n !== undefined && n !== '' ? ` v${String(n)}` : ''}` : null;

/** One title per titled content type, by its singular name. */
export const RECORD_TITLES = {
  'order-line': ({ orderPo, record }: TitleFacts) => joinTitle(orderPo, record.colour as Part, record.size as Part),
  'purchase-order-line': ({ purchasePo, materialCode, orderPo }: TitleFacts) =>
    joinTitle(purchasePo, materialCode, orderPo),
  'material-receipt': ({ materialCode, purchasePo, record }: TitleFacts) =>
    joinTitle(materialCode, purchasePo, dayOf(record.receivedAt)),
  'material-issue': ({ orderPo, record }: TitleFacts) =>
    joinTitle(orderPo, dayOf(record.issuedAt), record.preIssue === true && 'pre-issue'),
  'supplement-request': ({ orderPo, materialCode, record }: TitleFacts) =>
    joinTitle(orderPo, materialCode, amount(record.quantity) && `+${amount(record.quantity)}`),
  'production-report': ({ lineName, orderPo, record }: TitleFacts) =>
    joinTitle(lineName, orderPo, dayOf(record.date), record.operation as Part),
  'production-exception': ({ orderPo, record }: TitleFacts) =>
    joinTitle(orderPo, record.cause as Part, dayOf(record.createdAt)),
  'subcontract-job': ({ orderPo, supplierName, record }: TitleFacts) =>
    joinTitle(orderPo, record.process as Part, supplierName),
  'order-revision': ({ orderPo, record }: TitleFacts) =>
    joinTitle(orderPo, record.number !== null && record.number !== undefined && `rev ${String(record.number)}`),
  'packing-list': ({ orderPo, documentVersion, record }: TitleFacts) =>
    joinTitle(orderPo, version(record.kind, documentVersion)),
  booking: ({ orderPo, record }: TitleFacts) =>
    joinTitle(
      orderPo,
      record.shipMode as Part,
      (record.vesselOrFlight ?? record.forwarder) as Part,
      dayOf(record.bookedAt)
    ),
  'final-inspection': ({ orderPo, record }: TitleFacts) =>
    joinTitle(orderPo, dayOf(record.inspectedAt), record.result as Part),
  'completion-report': ({ orderPo, record }: TitleFacts) =>
    joinTitle(
      orderPo,
      dayOf(record.shippedAt),
      amount(record.shippedQuantity) && `${amount(record.shippedQuantity)} pcs`
    ),
  'order-document': ({ orderPo, record }: TitleFacts) => joinTitle(orderPo, version(record.kind, record.version)),
  complaint: ({ orderPo, customerName, record }: TitleFacts) =>
    joinTitle(orderPo ?? customerName, dayOf(record.receivedAt), record.category as Part),
  signoff: ({ orderPo, stageName, departmentName, record }: TitleFacts) =>
    joinTitle(orderPo, stageName ?? (record.stage as Part), departmentName, record.decision as Part),
  'order-history': ({ orderPo, stageName, record }: TitleFacts) =>
    joinTitle(orderPo, record.kind as Part, stageName ?? ((record.toStage ?? record.stage) as Part), dayOf(record.at)),
  'rule-waiver': ({ orderPo, record }: TitleFacts) => joinTitle(orderPo, record.rule as Part),
  'backend-trim': ({ orderPo, record }: TitleFacts) => joinTitle(orderPo, record.item as Part),
  'order-milestone': ({ orderPo, record }: TitleFacts) => joinTitle(orderPo, record.name as Part),
} as const satisfies Record<string, (facts: TitleFacts) => string>;

export type TitledType = keyof typeof RECORD_TITLES;

export const TITLED_TYPES = Object.keys(RECORD_TITLES) as TitledType[];

export const isTitledType = (type: string): type is TitledType => type in RECORD_TITLES;
