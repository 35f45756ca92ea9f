import type { OutputByOperation } from './progress';

/** What the production rules of an order read; loaded only when a rule needs it. */
export interface ProductionFacts {
  ordered: number;
  /** The least quantity that may ship (the order less its under-tolerance, where one applies). */
  minimumToShip: number;
  output: OutputByOperation;
  jobsOut: Array<{ supplier: string; process: string; out: number; dueDate: string | null }>;
}
