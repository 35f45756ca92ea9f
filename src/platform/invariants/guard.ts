import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { MAX_LISTED_ERRORS } from '../../modules/security/domain/request-input';
import type { Violation } from '../domain/violation';

/** What a document-service middleware sees of a call, narrowed to what the guards read. */
export interface DocumentCall {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    data?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

export interface GuardContext {
  strapi: Core.Strapi;
  call: DocumentCall;
  trx: Knex.Transaction;
  next: () => Promise<unknown>;
}

/** A guard runs around one write, inside the write's transaction; throwing rolls it back. */
export type Guard = (context: GuardContext) => Promise<unknown>;

/** Turns broken rules into Strapi's 400 `ValidationError`, naming each field and rule. */
export function rejectIf(violations: Violation[]): void {
  if (violations.length === 0) return;
  // A hostile request may break thousands of rules (50 000 unknown keys): name the first few, count the rest.
  const listed = violations.slice(0, MAX_LISTED_ERRORS);
  const more = violations.length - listed.length;
  const message =
    violations.length === 1
      ? violations[0].message
      : `${violations.length} errors occurred: ${listed.map((v) => v.message).join('; ')}${more > 0 ? `; … and ${more} more` : ''}`;
  throw new errors.ValidationError(message, {
    ...(more > 0 ? { more } : {}),
    errors: listed.map((v) => ({
      path: v.path.map(String),
      message: v.message,
      messageZh: v.messageZh,
      name: 'ValidationError',
      rule: v.rule,
    })),
  });
}

/**
 * Serialises writers on one key until the transaction ends. PostgreSQL needs it
 * (two read-committed transactions would both pass a uniqueness check); SQLite
 * already runs one write transaction at a time on its single connection.
 */
export async function lockKey(strapi: Core.Strapi, trx: Knex.Transaction, key: string): Promise<void> {
  if (strapi.db.dialect.client === 'postgres') {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
  }
}

/** Writes the guards judge; `clone` reaches them only for types that allow it (security/document-actions). */
export const isWrite = (action: string) =>
  action === 'create' || action === 'update' || action === 'delete' || action === 'clone';

/** The guards of a module's content types, by UID; the invariant runner merges every module's map. */
export type GuardMap = Readonly<Record<string, Guard>>;
