import type { z } from 'zod';
import type { MaterialFacts } from '../../../materials/domain/rule-inputs';
import type { ProductionFacts } from '../../../production/domain/rule-inputs';
import type { ShippingFacts } from '../../../shipping/domain/rule-inputs';
import type { DocumentFact } from '../../../changes/domain/rules';
import type { StageDefinition } from '../stages';

export type Decision = 'approved' | 'rejected';

export interface SignoffRecord {
  stage: string;
  department: string;
  decision: Decision;
  at: Date;
}

/** What a rule may read. Loaded by the glue; later capabilities extend it. */
export interface RuleContext {
  /** The order's own fields; relations appear as `{ id }` or null, as a filled-or-not fact. */
  order: Record<string, unknown>;
  lineCount: number;
  target: StageDefinition;
  signoffs: SignoffRecord[];
  now: Date;
  /** Present when a rule being checked declares `needs: ['materials']`. */
  materials?: MaterialFacts;
  /** Present when a rule being checked declares `needs: ['production']`. */
  production?: ProductionFacts;
  /** Present when a rule being checked declares `needs: ['shipping']`. */
  shipping?: ShippingFacts;
  /** Present when a rule being checked declares `needs: ['documents']`. */
  documents?: DocumentFact[];
  /** Recorded exceptions to the rules that judge past facts, oldest first. */
  waivers?: readonly WaiverRecord[];
}

/** A waiver of a rule on an order: what the rule found by then is accepted; what comes after is not. */
export interface WaiverRecord {
  rule: string;
  at: Date;
}

/** The latest waiver of a rule, if any. */
export const latestWaiver = (context: Pick<RuleContext, 'waivers'>, rule: string): WaiverRecord | undefined =>
  [...(context.waivers ?? [])].filter((w) => w.rule === rule).sort((a, b) => b.at.getTime() - a.at.getTime())[0];

/** Facts a rule needs beyond the order itself; the glue loads them only when asked. */
export type RuleNeed = 'materials' | 'production' | 'shipping' | 'documents';

export type RuleOutcome = { ok: true } | { ok: false; message: string; messageZh: string };

export interface RuleDefinition<Params extends Record<string, unknown> = Record<string, unknown>> {
  key: string;
  description: { en: string; zh: string };
  params: z.ZodType<Params>;
  defaults: Params;
  needs?: readonly RuleNeed[];
  /**
   * A rule that judges a past fact nobody can change (an inspection that was
   * late) would block an order forever: it names the department that may
   * waive it, with a reason, and honours the waiver in `check`.
   */
  waivableBy?: string;
  check(context: RuleContext, params: Params): RuleOutcome;
}

export interface RuleFailure {
  rule: string;
  message: string;
  messageZh: string;
}

export const pass = (): RuleOutcome => ({ ok: true });
export const fail = (message: string, messageZh: string): RuleOutcome => ({ ok: false, message, messageZh });

/**
 * The named rules a stage can require. Rules are code; their parameters are data
 * an administrator sets per stage. Later capabilities add their rules here.
 */
export class RuleRegistry {
  private readonly rules = new Map<string, RuleDefinition>();

  register<Params extends Record<string, unknown>>(definition: RuleDefinition<Params>): this {
    if (this.rules.has(definition.key)) throw new Error(`rule "${definition.key}" is already registered`);
    this.rules.set(definition.key, definition as unknown as RuleDefinition);
    return this;
  }

  get(key: string): RuleDefinition | undefined {
    return this.rules.get(key);
  }

  keys(): string[] {
    return [...this.rules.keys()];
  }

  list(): RuleDefinition[] {
    return [...this.rules.values()];
  }

  /** Parses a stage's parameters for a rule (defaults filled in), or says what is wrong. */
  parseParams(
    key: string,
    params: unknown
  ): { ok: true; params: Record<string, unknown> } | { ok: false; error: string } {
    const rule = this.rules.get(key);
    if (!rule) return { ok: false, error: `unknown rule "${key}" (known: ${this.keys().join(', ')})` };
    const merged = { ...rule.defaults, ...((params as Record<string, unknown> | null | undefined) ?? {}) };
    const parsed = rule.params.safeParse(merged);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'params'}: ${issue.message}`);
      return { ok: false, error: `invalid params for rule "${key}": ${issues.join('; ')}` };
    }
    return { ok: true, params: parsed.data };
  }
}
