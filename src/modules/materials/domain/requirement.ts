import { matchKey as key } from '../../orders/domain/size-breakdown';
/** One line of the consumption sheet (物料定额表 / 单耗). */
export interface BomLine {
  material: string;
  /** Blank: the consumption applies to every colour of the order. */
  colour: string | null;
  consumptionPerPiece: number;
  wastagePct: number;
  /** The material's unit: pieces, sets and rolls are bought whole. */
  unit?: string | null;
}

/** Units a material is counted in, never cut: a requirement in them is rounded up. */
export const WHOLE_UNITS: ReadonlySet<string> = new Set(['pcs', 'set', 'roll']);

export interface OrderLineQuantity {
  colour: string;
  quantity: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
/** Up to the next whole unit, after dropping float noise: 1025.0000000000002 labels are 1025. */
export const wholeUnitsUp = (value: number) => Math.ceil(Math.round(value * 1e6) / 1e6);

/**
 * Requirement per material = Σ over the matching order lines of
 * quantity × consumption per piece × (1 + wastage %), in the material's unit;
 * in pieces, sets or rolls rounded up to whole units (1008.015 polybags are 1009).
 */
export function requirementByMaterial(
  lines: readonly OrderLineQuantity[],
  bom: readonly BomLine[]
): Map<string, number> {
  const piecesByColour = new Map<string, number>();
  let allPieces = 0;
  for (const line of lines) {
    piecesByColour.set(key(line.colour), (piecesByColour.get(key(line.colour)) ?? 0) + line.quantity);
    allPieces += line.quantity;
  }
  const required = new Map<string, number>();
  for (const entry of bom) {
    const pieces = entry.colour?.trim() ? (piecesByColour.get(key(entry.colour)) ?? 0) : allPieces;
    const quantity = pieces * entry.consumptionPerPiece * (1 + (entry.wastagePct ?? 0) / 100);
    required.set(entry.material, (required.get(entry.material) ?? 0) + quantity);
  }
  const whole = new Set(
    bom.filter((entry) => entry.unit && WHOLE_UNITS.has(entry.unit)).map((entry) => entry.material)
  );
  for (const [material, quantity] of required)
    required.set(material, whole.has(material) ? wholeUnitsUp(quantity) : round(quantity));
  return required;
}

/** How a material is bought: in packs of `packSize`, never less than `minimumOrderQty`. */
export interface BuyingTerms {
  packSize?: number | null;
  minimumOrderQty?: number | null;
  unit?: string | null;
}

/**
 * What to buy still (the purchase suggestion): the requirement not yet on an
 * open PO, rounded up to whole packs and to the minimum order quantity;
 * 0 when nothing is missing. Example: 6180 buttons in gross packs (144) →
 * 43 packs = 6192; with a minimum of 10000 → 10000.
 */
export function purchaseSuggestion(required: number, ordered: number, terms: BuyingTerms = {}): number {
  const missing = Math.round((required - ordered) * 1e6) / 1e6;
  if (missing <= 0) return 0;
  let quantity = terms.unit && WHOLE_UNITS.has(terms.unit) ? wholeUnitsUp(missing) : missing;
  if (terms.packSize && terms.packSize > 0) quantity = wholeUnitsUp(quantity / terms.packSize) * terms.packSize;
  if (terms.minimumOrderQty && quantity < terms.minimumOrderQty) quantity = terms.minimumOrderQty;
  return round(quantity);
}
