/**
 * ISO 2859-1 (= ANSI/ASQ Z1.4) single sampling plans for normal inspection:
 * Table 1 (lot size → sample size code letter) and Table 2-A (code letter →
 * sample size; Ac/Re per AQL, with the table's arrows).
 */
export const INSPECTION_LEVELS = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const AQLS = [0.65, 1.0, 1.5, 2.5, 4.0, 6.5] as const;
export type Aql = (typeof AQLS)[number];

export const CODE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;
export type CodeLetter = (typeof CODE_LETTERS)[number];

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

export const SAMPLE_SIZES: Record<CodeLetter, number> = {
  A: 2,
  B: 3,
  C: 5,
  D: 8,
  E: 13,
  F: 20,
  G: 32,
  H: 50,
  J: 80,
  K: 125,
  L: 200,
  M: 315,
  N: 500,
  P: 800,
  Q: 1250,
  R: 2000,
};

/**
 * Table 2-A, normal inspection, for the AQLs garment buyers use. "↓": use the
 * first plan below; "↑": the first plan above; "a/r": accept on a, reject on r.
 */
const TABLE_2A: Record<CodeLetter, Record<Aql, string>> = {
  A: { 0.65: '↓', 1.0: '↓', 1.5: '↓', 2.5: '↓', 4.0: '↓', 6.5: '0/1' },
  B: { 0.65: '↓', 1.0: '↓', 1.5: '↓', 2.5: '↓', 4.0: '0/1', 6.5: '↑' },
  C: { 0.65: '↓', 1.0: '↓', 1.5: '↓', 2.5: '0/1', 4.0: '↑', 6.5: '↓' },
  D: { 0.65: '↓', 1.0: '↓', 1.5: '0/1', 2.5: '↑', 4.0: '↓', 6.5: '1/2' },
  E: { 0.65: '↓', 1.0: '0/1', 1.5: '↑', 2.5: '↓', 4.0: '1/2', 6.5: '2/3' },
  F: { 0.65: '0/1', 1.0: '↑', 1.5: '↓', 2.5: '1/2', 4.0: '2/3', 6.5: '3/4' },
  G: { 0.65: '↑', 1.0: '↓', 1.5: '1/2', 2.5: '2/3', 4.0: '3/4', 6.5: '5/6' },
  H: { 0.65: '↓', 1.0: '1/2', 1.5: '2/3', 2.5: '3/4', 4.0: '5/6', 6.5: '7/8' },
  J: { 0.65: '1/2', 1.0: '2/3', 1.5: '3/4', 2.5: '5/6', 4.0: '7/8', 6.5: '10/11' },
  K: { 0.65: '2/3', 1.0: '3/4', 1.5: '5/6', 2.5: '7/8', 4.0: '10/11', 6.5: '14/15' },
  L: { 0.65: '3/4', 1.0: '5/6', 1.5: '7/8', 2.5: '10/11', 4.0: '14/15', 6.5: '21/22' },
  M: { 0.65: '5/6', 1.0: '7/8', 1.5: '10/11', 2.5: '14/15', 4.0: '21/22', 6.5: '↑' },
  N: { 0.65: '7/8', 1.0: '10/11', 1.5: '14/15', 2.5: '21/22', 4.0: '↑', 6.5: '↑' },
  P: { 0.65: '10/11', 1.0: '14/15', 1.5: '21/22', 2.5: '↑', 4.0: '↑', 6.5: '↑' },
  Q: { 0.65: '14/15', 1.0: '21/22', 1.5: '↑', 2.5: '↑', 4.0: '↑', 6.5: '↑' },
  R: { 0.65: '21/22', 1.0: '↑', 1.5: '↑', 2.5: '↑', 4.0: '↑', 6.5: '↑' },
};

export const isAql = (value: unknown): value is Aql => AQLS.includes(value as Aql);
export const isInspectionLevel = (value: unknown): value is InspectionLevel =>
  INSPECTION_LEVELS.includes(value as InspectionLevel);

export function codeLetterFor(lotSize: number, level: InspectionLevel): CodeLetter {
  if (!Number.isInteger(lotSize) || lotSize < 2) throw new RangeError('a lot has at least 2 pieces');
  const row = TABLE_1.find(([upTo]) => lotSize <= upTo)!;
  return row[1][INSPECTION_LEVELS.indexOf(level)] as CodeLetter;
}

export interface SamplingPlan {
  /** The code letter of the lot (Table 1). */
  codeLetter: CodeLetter;
  /** The code letter whose plan is used after following the arrows. */
  planLetter: CodeLetter;
  sampleSize: number;
  accept: number;
  reject: number;
  /** The sample is the whole lot (sample size ≥ lot size): inspect 100 %. */
  fullInspection: boolean;
}

export interface PlanOptions {
  /** Some buyers' charts keep the code letter's sample size when an arrow moves the plan. */
  keepSampleSize?: boolean;
}

/** The single sampling plan for a lot, level and AQL, following Table 2-A's arrows to the first plan. */
export function samplingPlan(
  lotSize: number,
  level: InspectionLevel,
  aql: Aql,
  options: PlanOptions = {}
): SamplingPlan {
  const codeLetter = codeLetterFor(lotSize, level);
  let index = CODE_LETTERS.indexOf(codeLetter);
  let cell = TABLE_2A[codeLetter][aql];
  while (cell === '↓' || cell === '↑') {
    index += cell === '↓' ? 1 : -1;
    cell = TABLE_2A[CODE_LETTERS[index]][aql];
  }
  const planLetter = CODE_LETTERS[index];
  const [accept, reject] = cell.split('/').map(Number);
  const planned = SAMPLE_SIZES[options.keepSampleSize ? codeLetter : planLetter];
  return {
    codeLetter,
    planLetter,
    sampleSize: Math.min(planned, lotSize),
    accept,
    reject,
    fullInspection: planned >= lotSize,
  };
}

/** Critical defects are not accepted at all: the same sample, accept 0, reject 1. */
export const criticalPlan = (sampleSize: number) => ({ sampleSize, accept: 0, reject: 1 });
