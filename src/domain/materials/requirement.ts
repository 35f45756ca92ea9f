/** One line of the consumption sheet (物料定额表 / 单耗). */
export interface BomLine {
  material: string;
  /** Blank: the consumption applies to every colour of the order. */
  colour: string | null;
  consumptionPerPiece: number;
  wastagePct: number;
}

export interface OrderLineQuantity {
  colour: string;
  quantity: number;
}

const key = (colour: string) => colour.trim().toLocaleLowerCase();
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Requirement per material = Σ over the matching order lines of
 * quantity × consumption per piece × (1 + wastage %), in the material's unit.
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
    required.set(entry.material, round((required.get(entry.material) ?? 0) + quantity));
  }
  return required;
}
