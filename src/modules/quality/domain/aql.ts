import { AQL_COLUMNS, MASTER_TABLES, type TableRow } from './aql-tables';

/**
 * ISO 2859-1 single sampling by attributes: Table 1 (lot size → sample size
 * code letter), Tables 2-A / 2-B / 2-C (normal, tightened, reduced: sample
 * size and Ac/Re per AQL, following the tables' arrows), a plan per defect
 * class (critical, major, minor each on its own AQL), and the switching
 * score's "one step tighter" test.
 */
export const INSPECTION_LEVELS = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

/** The 26 AQL columns of the master tables, 0.010 … 1000. */
export const AQLS = AQL_COLUMNS;
export type Aql = (typeof AQLS)[number];

export const SEVERITIES = ['normal', 'tightened', 'reduced'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CODE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;
export type CodeLetter = (typeof CODE_LETTERS)[number];
/** A plan's letter: a code letter, or S (3150), which only Table 2-B has. */
export type PlanLetter = CodeLetter | 'S';

/** Table 1: upper bound of each lot-size band, then the code letter at S-1, S-2, S-3, S-4, I, II, III. */
const TABLE_1: ReadonlyArray<readonly [number, string]> = [
  [8, 'AAAAAAB'],
  [15, 'AAAAABC'],
  [25, 'AABBBCD'],
  [50, 'ABBCCDE'],
  [90, 'BBCCCEF'],
  [150, 'BBCDDFG'],
  [280, 'BCDEEGH'],
  [500, 'BCDEFHJ'],
  [1200, 'CCEFGJK'],
  [3200, 'CDEGHKL'],
  [10000, 'CDFGJLM'],
  [35000, 'CDFHKMN'],
  [150000, 'DEGJLNP'],
  [500000, 'DEGJMPQ'],
  [Number.POSITIVE_INFINITY, 'DEHKNQR'],
];

const EPS = 1e-9;
/** The column of an AQL (0.010 … 1000), or −1. */
export const aqlColumn = (value: unknown) =>
  typeof value === 'number' ? AQLS.findIndex((aql) => Math.abs(aql - value) < EPS) : -1;
export const isAql = (value: unknown): value is Aql => aqlColumn(value) >= 0;
export const isInspectionLevel = (value: unknown): value is InspectionLevel =>
  INSPECTION_LEVELS.includes(value as InspectionLevel);
export const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

export function codeLetterFor(lotSize: number, level: InspectionLevel): CodeLetter {
  if (!Number.isInteger(lotSize) || lotSize < 2) throw new RangeError('a lot has at least 2 pieces');
  const row = TABLE_1.find(([upTo]) => lotSize <= upTo)!;
  return row[1][INSPECTION_LEVELS.indexOf(level)] as CodeLetter;
}

export interface SamplingPlan {
  /** The code letter of the lot (Table 1). */
  codeLetter: CodeLetter;
  /** The letter whose plan is used after following the arrows. */
  planLetter: PlanLetter;
  severity: Severity;
  sampleSize: number;
  accept: number;
  reject: number;
  /** The sample is the whole lot (sample size ≥ lot size): inspect 100 %. */
  fullInspection: boolean;
}

export interface PlanOptions {
  severity?: Severity;
  /**
   * A buyer's variant, not the standard: keep the code letter's sample size
   * when an arrow moves the plan. Only as a customer's option.
   */
  keepSampleSize?: boolean;
}

const rowIndex = (rows: readonly TableRow[], letter: string) => rows.findIndex((row) => row.letter === letter);

/** The single sampling plan for a lot, level and AQL in a severity, following the table's arrows to the first plan. */
export function samplingPlan(
  lotSize: number,
  level: InspectionLevel,
  aql: Aql,
  options: PlanOptions = {}
): SamplingPlan {
  const severity = options.severity ?? 'normal';
  const rows = MASTER_TABLES[severity];
  const column = aqlColumn(aql);
  if (column < 0) throw new RangeError(`AQL ${aql} is not a column of ISO 2859-1`);
  const codeLetter = codeLetterFor(lotSize, level);
  let index = rowIndex(rows, codeLetter);
  let cell = rows[index].cells[column];
  while (cell === '↓' || cell === '↑') {
    index += cell === '↓' ? 1 : -1;
    if (index < 0 || index >= rows.length) throw new Error(`table arrow leaves the table at ${codeLetter} × ${aql}`);
    cell = rows[index].cells[column];
  }
  if (!cell.includes('/')) throw new Error(`no plan at ${rows[index].letter} × ${aql}`);
  const [accept, reject] = cell.split('/').map(Number);
  const planned = options.keepSampleSize ? rows[rowIndex(rows, codeLetter)].sampleSize : rows[index].sampleSize;
  return {
    codeLetter,
    planLetter: rows[index].letter as PlanLetter,
    severity,
    sampleSize: Math.min(planned, lotSize),
    accept,
    reject,
    fullInspection: planned >= lotSize,
  };
}

export const DEFECT_CLASSES = ['critical', 'major', 'minor'] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number];

/** The AQL of each class; critical 0 = none accepted; null = the class is not judged. */
export type ClassAqls = Partial<Record<DefectClass, number | null>>;

export interface ClassPlan extends SamplingPlan {
  aql: number;
}

export interface InspectionPlan {
  codeLetter: CodeLetter;
  severity: Severity;
  /** What the inspector pulls: the largest sample of the classes; each class is judged on the first n of its own plan. */
  sampleSize: number;
  fullInspection: boolean;
  classes: Partial<Record<DefectClass, ClassPlan>>;
}

/**
 * A plan per defect class, each on its own AQL (ISO 2859-1: classes are
 * judged separately). Critical at AQL 0 accepts none: 0/1 on the largest
 * sample, as buyers' zero-tolerance charts do.
 */
export function inspectionPlan(
  lotSize: number,
  level: InspectionLevel,
  aqls: ClassAqls,
  options: PlanOptions = {}
): InspectionPlan {
  const classes: Partial<Record<DefectClass, ClassPlan>> = {};
  for (const defectClass of DEFECT_CLASSES) {
    const aql = aqls[defectClass];
    if (aql === null || aql === undefined || aql === 0) continue;
    if (!isAql(aql)) throw new RangeError(`${defectClass} AQL ${aql} is not a column of ISO 2859-1`);
    classes[defectClass] = { aql, ...samplingPlan(lotSize, level, aql, options) };
  }
  const planned = Object.values(classes);
  const largest = planned.reduce<ClassPlan | null>(
    (max, plan) => (!max || plan.sampleSize > max.sampleSize ? plan : max),
    null
  );
  const codeLetter = codeLetterFor(lotSize, level);
  const severity = options.severity ?? 'normal';
  const sampleSize =
    largest?.sampleSize ??
    Math.min(MASTER_TABLES[severity][rowIndex(MASTER_TABLES[severity], codeLetter)].sampleSize, lotSize);
  if (aqls.critical === 0) {
    classes.critical = {
      aql: 0,
      codeLetter,
      planLetter: largest?.planLetter ?? codeLetter,
      severity,
      sampleSize,
      accept: 0,
      reject: 1,
      fullInspection: sampleSize >= lotSize,
    };
  }
  return { codeLetter, severity, sampleSize, fullInspection: sampleSize >= lotSize, classes };
}

export type DefectsFound = Partial<Record<DefectClass, number>>;

/** Each class accepted when its defects stay at or below its Ac; the lot only when every class is. */
export function judgeLot(plan: InspectionPlan, found: DefectsFound) {
  const classes = Object.fromEntries(
    Object.entries(plan.classes).map(([defectClass, classPlan]) => [
      defectClass,
      (found[defectClass as DefectClass] ?? 0) < classPlan.reject,
    ])
  ) as Partial<Record<DefectClass, boolean>>;
  return { accepted: Object.values(classes).every(Boolean), classes };
}

/**
 * The switching score's test for a plan with Ac ≥ 2 (ISO 2859-1 9.3.3.2): would
 * the lot also have been accepted at the next tighter AQL? null when the
 * tighter plan has another sample size (the lot cannot be judged on it).
 */
export function acceptedAtTighterAql(
  lotSize: number,
  level: InspectionLevel,
  aql: Aql,
  defects: number,
  options: PlanOptions = {}
): boolean | null {
  const column = aqlColumn(aql);
  if (column <= 0) return null;
  const current = samplingPlan(lotSize, level, aql, options);
  const tighter = samplingPlan(lotSize, level, AQLS[column - 1], options);
  if (tighter.sampleSize !== current.sampleSize) return null;
  return defects <= tighter.accept;
}
