import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createError from 'http-errors';
import { UID } from '../../platform/constants';
import { violation } from '../../platform/domain/violation';
import { lockKey, rejectIf } from '../../platform/invariants/guard';
import { keepFile, readKeptFile } from '../documents/archive';
import { asAuditWriter } from '../workflow/audit';
import { currentActor } from '../workflow/request-actor';
import type { ImportKind, ImportStatus, ImportSummary, ImportView } from './contracts';
import { hasErrors, inSheetOrder, type ImportFinding } from './domain/findings';
import { textOf, widthOf, type Sheet } from './domain/sheet';
import { IMPORT_KINDS, IMPORT_KIND_HANDLERS, type ImportKindHandler } from './kinds';
import { loadCustomer, type CustomerRef } from './purchase-orders';
import { templateFile } from './template-files';
import { DEFAULT_LIMITS, readWorkbook, WorkbookRefused, type WorkbookLimits } from './read-workbook';

/**
 * Import as a first-class path: a file is read, mapped (sent, the customer's
 * saved mapping, or one Gendan proposes), checked with the order rules and
 * kept with its dry run (nothing written); the commit then writes the whole
 * plan in one transaction or nothing, once per file.
 */

export { IMPORT_KINDS };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The limits of one import, set per factory in the environment (IMPORT_MAX_MB, IMPORT_MAX_ROWS). */
export function importLimits(env: NodeJS.ProcessEnv = process.env): WorkbookLimits {
  const number = (value: string | undefined, fallback: number) =>
    value && Number(value) > 0 ? Number(value) : fallback;
  return {
    maxBytes: number(env.IMPORT_MAX_MB, DEFAULT_LIMITS.maxBytes / 1024 / 1024) * 1024 * 1024,
    maxRows: number(env.IMPORT_MAX_ROWS, DEFAULT_LIMITS.maxRows),
    maxUnpackedBytes: DEFAULT_LIMITS.maxUnpackedBytes,
  };
}

const refused = (error: WorkbookRefused) =>
  createError(error.status, error.message, {
    name: error.status === 413 ? 'PayloadTooLargeError' : 'ValidationError',
    details: {
      rule: error.rule,
      errors: [{ path: ['file'], rule: error.rule, message: error.message, messageZh: error.messageZh }],
    },
  });

/** A mapping sent with a request (JSON text or an object), checked with its kind's schema: 400 naming the field. */
export function parseMapping(sent: unknown, handler: ImportKindHandler): unknown {
  let value = sent;
  if (typeof sent === 'string') {
    try {
      value = JSON.parse(sent);
    } catch {
      rejectIf([violation(['mapping'], 'mapping-json', 'mapping is not JSON', '映射不是有效的 JSON')]);
    }
  }
  const parsed = handler.schema.safeParse(value);
  if (!parsed.success)
    rejectIf(
      parsed.error.issues.map((issue) =>
        violation(
          ['mapping', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
          'mapping-shape',
          issue.message,
          `映射格式不正确:${issue.message}`
        )
      )
    );
  return parsed.data;
}

/** An import row as loaded: the view's fields, its id and the kept file. */
type StoredImport = Omit<ImportView, 'progress'> & { id: number; file: { id: number } | null };

const FIELDS = [
  'id',
  'documentId',
  'title',
  'kind',
  'status',
  'fileName',
  'fileSize',
  'fileHash',
  'rows',
  'mapping',
  'summary',
  'findings',
  'result',
  'reason',
  'actorName',
  'createdAt',
  'committedAt',
  'committedBy',
  'error',
];

const viewOf = ({ id: _id, file: _file, ...row }: StoredImport, progress: ImportView['progress']): ImportView => ({
  ...row,
  progress,
  createdAt: new Date(row.createdAt).toISOString(),
  committedAt: row.committedAt ? new Date(row.committedAt).toISOString() : null,
  customer: row.customer ? { documentId: row.customer.documentId, name: row.customer.name } : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Commits running in the background on this instance: lines written of the plan's. */
  const running = new Map<number, { done: number; total: number; documentId: string }>();
  type Progress = { done: number; total: number };
  /**
   * The view with the progress of its background commit. `seen` is the progress read before the
   * row was: a commit that ended while the row was being read still shows (the row may predate its
   * end), so a reader polls once more rather than see an import neither running nor committed.
   */
  const asView = (row: StoredImport, seen?: Progress): ImportView => {
    const progress = row.status === 'committed' ? undefined : (running.get(row.id) ?? seen);
    return viewOf(
      row,
      progress
        ? {
            done: progress.done,
            total: progress.total,
            percent: progress.total ? Math.floor((progress.done * 100) / progress.total) : 0,
          }
        : null
    );
  };
  const load = async (where: Record<string, unknown>) =>
    (await strapi.db.query(UID.dataImport).findOne({
      where,
      select: FIELDS,
      populate: { customer: { select: ['documentId', 'name'] }, file: { select: ['id'] } },
    })) as StoredImport | null;

  /** The mapping saved for the customer (PO sheets) or for the factory (its own sheets: no customer). */
  const savedMapping = async (customer: CustomerRef | null, kind: ImportKind) =>
    (await strapi.db.query(UID.importMapping).findOne({
      where: {
        kind,
        ...(IMPORT_KIND_HANDLERS[kind].needsCustomer && customer ? { customer: { id: customer.id } } : {}),
      },
      select: ['id', 'documentId', 'mapping'],
    })) as { id: number; documentId: string; mapping: unknown } | null;

  const committedTwin = (customer: CustomerRef | null, kind: ImportKind, fileHash: string, except?: number) =>
    strapi.db.query(UID.dataImport).findOne({
      where: {
        kind,
        fileHash,
        status: 'committed',
        ...(customer ? { customer: { id: customer.id } } : {}),
        ...(except ? { id: { $ne: except } } : {}),
      },
      select: ['id', 'documentId', 'committedAt', 'result'],
      orderBy: { committedAt: 'asc' },
    }) as Promise<{ id: number; documentId: string; committedAt: string; result: ImportView['result'] } | null>;

  async function dryRun(kind: ImportKind, sheets: Sheet[], mapping: unknown, customer: CustomerRef | null) {
    const checked = await IMPORT_KIND_HANDLERS[kind].check(strapi, sheets, mapping, customer);
    return {
      checked,
      findings: inSheetOrder(
        checked.findings,
        sheets.map((s) => s.name)
      ),
    };
  }

  /** The mapping to use (sent, the saved one, or proposed) and the dry run with it. */
  async function evaluate(
    sheets: Sheet[],
    customer: CustomerRef | null,
    kind: ImportKind,
    sent: unknown,
    fileHash: string,
    except?: number
  ) {
    const handler = IMPORT_KIND_HANDLERS[kind];
    const saved = sent ? null : await savedMapping(customer, kind);
    const savedParsed = saved ? handler.schema.safeParse(saved.mapping) : null;
    let mapping: unknown;
    let mappingSource: ImportSummary['mappingSource'];
    let proposal: ImportSummary['proposal'] = null;
    if (sent) [mapping, mappingSource] = [sent, 'sent'];
    else if (savedParsed?.success && (handler.fits?.(sheets, savedParsed.data) ?? true))
      [mapping, mappingSource] = [savedParsed.data, 'saved'];
    else {
      const proposed = await handler.propose(strapi, sheets);
      [mapping, mappingSource] = [proposed.mapping, 'proposed'];
      proposal = { found: proposed.found, missing: proposed.missing };
    }
    const { checked, findings } = await dryRun(kind, sheets, mapping, customer);
    const twin = await committedTwin(customer, kind, fileHash, except);
    const summary: ImportSummary = {
      ...checked.summary,
      mappingSource,
      proposal,
      duplicateOf: twin ? { documentId: twin.documentId, committedAt: new Date(twin.committedAt).toISOString() } : null,
      sheets: sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length })),
    };
    return { mapping, summary, findings, status: (hasErrors(findings) ? 'refused' : 'checked') as ImportStatus };
  }

  /**
   * The commit itself, in one transaction: checked again under the file's lock
   * against the facts as they are now, then written; the mapping is saved for
   * the customer. Committing twice, or the same file again, writes nothing more.
   */
  async function write(
    first: StoredImport,
    reason: string | null,
    actor: ReturnType<typeof currentActor>,
    locks: readonly string[]
  ): Promise<ImportView> {
    return strapi.db.transaction(async ({ trx }) => {
      await lockKey(strapi, trx, `import:${first.fileHash}`);
      // The kind's own writers take these too: what the check reads below cannot change before the write.
      for (const key of locks) await lockKey(strapi, trx, key);
      const stored = (await load({ id: first.id }))!;
      if (stored.status === 'committed') return asView(stored);
      const handler = IMPORT_KIND_HANDLERS[stored.kind];
      const customer = await customerOf(stored);
      const finish = async (result: ImportView['result'], findings = stored.findings) => {
        await strapi.db.query(UID.dataImport).update({
          where: { id: stored.id },
          data: {
            status: 'committed',
            result,
            findings,
            reason,
            error: null,
            committedAt: new Date(),
            committedBy: actor.name,
          } as never,
        });
        return asView((await load({ id: stored.id }))!);
      };
      const twin = await committedTwin(customer, stored.kind, stored.fileHash, stored.id);
      if (twin) return finish({ ...twin.result, alreadyImported: true });

      const sheets = await keptSheets(stored);
      const { checked, findings } = await dryRun(stored.kind, sheets, stored.mapping, customer);
      if (hasErrors(findings)) throw cannotCommit(findings);
      if (checked.reasonNeeded && !reason) rejectIf([checked.reasonNeeded]);
      const progress = running.get(stored.id);
      if (progress) progress.total = checked.work;
      const result = await checked.write({
        strapi,
        trx,
        customer,
        reason,
        actor,
        onProgress: (done) => {
          if (progress) progress.done += done;
        },
      });
      const saved = await savedMapping(customer, stored.kind);
      const data = {
        mapping: handler.remember ? handler.remember(sheets, stored.mapping) : stored.mapping,
        usedAt: new Date(),
        usedBy: actor.name,
      };
      if (saved) await strapi.db.query(UID.importMapping).update({ where: { id: saved.id }, data: data as never });
      else
        await strapi.documents(UID.importMapping).create({
          data: {
            ...data,
            ...(handler.needsCustomer && customer ? { customer: customer.documentId } : {}),
            kind: stored.kind,
            title: [handler.needsCustomer ? customer?.name : null, handler.title.en].filter(Boolean).join(' · '),
          } as never,
        });
      return finish(result, findings);
    });
  }

  /** The customer an import is for; required for PO sheets, optional for the factory's own sheets. */
  async function customerOf(stored: { kind: ImportKind; customer: ImportView['customer'] }) {
    return IMPORT_KIND_HANDLERS[stored.kind].needsCustomer || stored.customer
      ? loadCustomer(strapi, stored.customer?.documentId)
      : null;
  }

  /** The file an import keeps, read again (409 when someone removed it from the media library). */
  async function keptSheets(stored: StoredImport): Promise<Sheet[]> {
    const bytes = stored.file
      ? await readKeptFile(strapi, { fileId: stored.file.id, sha256: stored.fileHash, name: stored.fileName })
      : null;
    if (!bytes)
      throw conflict(
        'import-file-missing',
        'the imported file is no longer in the media library: upload it again',
        '导入的文件已不在媒体库中:请重新上传',
        ['file']
      );
    return readWorkbook(bytes, stored.fileName, importLimits());
  }

  const loadOr404 = async (documentId: string) => {
    const row = await load({ documentId });
    if (!row) throw new errors.NotFoundError(`import ${documentId} not found`);
    return row;
  };

  return {
    /** Reads, maps and checks a file; keeps it with its dry run. Nothing of the orders is written. */
    async check(input: {
      bytes: Buffer;
      fileName: string;
      mime: string;
      kind: unknown;
      customer: unknown;
      mapping: unknown;
    }): Promise<ImportView> {
      if (!IMPORT_KINDS.includes(input.kind as ImportKind))
        rejectIf([
          violation(
            ['kind'],
            'import-kind',
            `kind must be one of: ${IMPORT_KINDS.join(', ')}`,
            `kind 必须为:${IMPORT_KINDS.join('、')}`
          ),
        ]);
      const kind = input.kind as ImportKind;
      const handler = IMPORT_KIND_HANDLERS[kind];
      const customer =
        handler.needsCustomer || (typeof input.customer === 'string' && input.customer)
          ? await loadCustomer(strapi, input.customer)
          : null;
      const sent =
        input.mapping === undefined || input.mapping === null || input.mapping === ''
          ? null
          : parseMapping(input.mapping, handler);
      let sheets: Sheet[];
      try {
        sheets = await readWorkbook(input.bytes, input.fileName, importLimits());
      } catch (error) {
        if (error instanceof WorkbookRefused) throw refused(error);
        throw error;
      }
      const fileHash = sha256(input.bytes);
      const { mapping, summary, findings } = await evaluate(sheets, customer, kind, sent, fileHash);
      const rows = summary.sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
      const kept = await keepFile(strapi, input.bytes, {
        name: input.fileName,
        key: `import:${fileHash}`,
        mime: input.mime,
      });
      const actor = currentActor(strapi);
      const today = new Date().toISOString().slice(0, 10);
      const created = (await asAuditWriter(() =>
        strapi.documents(UID.dataImport).create({
          data: {
            title: [handler.title.en, customer?.name, today, input.fileName].filter(Boolean).join(' · ').slice(0, 255),
            kind,
            status: hasErrors(findings) ? 'refused' : 'checked',
            customer: customer?.documentId ?? null,
            fileName: input.fileName.slice(0, 255),
            fileSize: input.bytes.length,
            fileHash,
            file: kept.fileId,
            rows,
            mapping,
            summary,
            findings,
            actorType: actor.type,
            actorId: actor.id,
            actorName: actor.name,
          } as never,
        })
      )) as { documentId: string };
      return asView((await load({ documentId: created.documentId }))!);
    },

    /** A template of the kind's sheet (?kind=, PO sheets by default): see template-files.ts. */
    template: (query: Record<string, unknown>) => templateFile(strapi, query),

    async findOne(documentId: string): Promise<ImportView> {
      const before = [...running.entries()].find(([, p]) => p.documentId === documentId)?.[1];
      const seen = before ? { done: before.done, total: before.total } : undefined;
      return asView(await loadOr404(documentId), seen);
    },

    /** The dry run again with a corrected mapping, on the file the import keeps; refused before the commit only. */
    async recheck(documentId: string, body: { mapping?: unknown }): Promise<ImportView> {
      const stored = await loadOr404(documentId);
      if (stored.status === 'committed')
        throw conflict(
          'import-committed',
          'the import is committed: upload the file again to import it with another mapping',
          '该导入已提交:如需用其他映射导入,请重新上传文件'
        );
      const sent =
        body.mapping === undefined || body.mapping === null
          ? null
          : parseMapping(body.mapping, IMPORT_KIND_HANDLERS[stored.kind]);
      const customer = await customerOf(stored);
      const sheets = await keptSheets(stored);
      const { mapping, summary, findings, status } = await evaluate(
        sheets,
        customer,
        stored.kind,
        sent,
        stored.fileHash,
        stored.id
      );
      await strapi.db
        .query(UID.dataImport)
        .update({ where: { id: stored.id }, data: { mapping, summary, findings, status } as never });
      return asView((await load({ id: stored.id }))!);
    },

    /** The kept file's cells as text, for the wizard to draw the sheet (the first 500 rows × 60 columns of each sheet). */
    async sheets(documentId: string) {
      const sheets = await keptSheets(await loadOr404(documentId));
      return sheets.map((sheet) => ({
        name: sheet.name,
        rowCount: sheet.rows.length,
        columnCount: widthOf(sheet),
        merged: sheet.merged ?? [],
        rows: sheet.rows.slice(0, 500).map((row) => row.slice(0, 60).map((value) => textOf(value))),
      }));
    },

    async list(query: { page?: unknown; pageSize?: unknown; customer?: unknown }) {
      const page = Math.max(1, Number(query.page) || 1);
      const pageSize = Math.min(100, Math.max(1, Number(query.pageSize) || 25));
      const where = typeof query.customer === 'string' ? { customer: { documentId: query.customer } } : {};
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.dataImport).findMany({
          where,
          select: FIELDS.filter((f) => !['mapping', 'findings', 'summary'].includes(f)),
          populate: { customer: { select: ['documentId', 'name'] } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(UID.dataImport).count({ where }),
      ]);
      return {
        data: rows as unknown[],
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
      };
    },

    /**
     * Writes the checked import in one transaction, or nothing: the file is read
     * again and checked against today's facts; stored orders past received need
     * the reason of their revision. Committing twice, or the same file again,
     * writes nothing more and answers what was written the first time.
     */
    async commit(documentId: string, body: { reason?: unknown }): Promise<{ view: ImportView; accepted: boolean }> {
      const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim().slice(0, 4000) : null;
      const stored = await loadOr404(documentId);
      if (running.has(stored.id)) return { view: asView(stored), accepted: true };
      if (stored.status === 'committed') return { view: asView(stored), accepted: false };
      if (stored.status === 'refused') throw cannotCommit(stored.findings);
      // A first check outside the transaction: a refusal costs no write, and the size decides where the work runs.
      const customer = await customerOf(stored);
      const { checked, findings } = await dryRun(stored.kind, await keptSheets(stored), stored.mapping, customer);
      if (hasErrors(findings)) throw cannotCommit(findings);
      if (checked.reasonNeeded && !reason) rejectIf([checked.reasonNeeded]);
      const actor = currentActor(strapi);
      if (checked.work <= backgroundLines())
        return { view: await write(stored, reason, actor, checked.locks), accepted: false };

      // Large: answered at once (202), written in the background with its progress on GET; still one transaction.
      running.set(stored.id, { done: 0, total: checked.work, documentId: stored.documentId });
      void write(stored, reason, actor, checked.locks)
        .catch(async (error: unknown) => {
          const details = (error as { details?: { errors?: unknown[]; rule?: string } }).details;
          const failure = {
            status: (error as { status?: number }).status ?? 500,
            message: error instanceof Error ? error.message : String(error),
            rule: details?.rule ?? null,
            errors: details?.errors ?? [],
            at: new Date().toISOString(),
          };
          if (failure.status >= 500) strapi.log.error(`import ${stored.documentId} failed: ${failure.message}`);
          await strapi.db.query(UID.dataImport).update({ where: { id: stored.id }, data: { error: failure } as never });
        })
        .finally(() => running.delete(stored.id));
      // The import as it was accepted (on SQLite the write may already be done by the time another query runs).
      return { view: asView(stored), accepted: true };
    },
  };
};

/** Above this many colour × size lines a commit runs in the background (IMPORT_BACKGROUND_LINES, default 1,000). */
const backgroundLines = (env: NodeJS.ProcessEnv = process.env) =>
  env.IMPORT_BACKGROUND_LINES && Number(env.IMPORT_BACKGROUND_LINES) >= 0 ? Number(env.IMPORT_BACKGROUND_LINES) : 1000;

/** 409 in Strapi's error shape, bilingual, naming its rule. */
const conflict = (rule: string, message: string, messageZh: string, path: string[] = []) =>
  createError(409, message, {
    name: 'ConflictError',
    details: { rule, errors: [{ path, rule, message, messageZh }] },
  });

/** 409: the dry run found errors; the findings say which cells. */
function cannotCommit(findings: ImportFinding[]) {
  const errorsFound = findings.filter((f) => f.severity === 'error');
  const message = `the import has ${errorsFound.length} error(s) in the sheet: fix the cells named and upload it again`;
  return createError(409, message, {
    name: 'ConflictError',
    details: {
      rule: 'import-has-errors',
      findings: errorsFound.slice(0, 100),
      errors: [
        {
          path: [],
          rule: 'import-has-errors',
          message,
          messageZh: `导入表中有 ${errorsFound.length} 处错误:请修正所指单元格后重新上传`,
        },
      ],
    },
  });
}
