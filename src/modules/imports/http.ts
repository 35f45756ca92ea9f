import { readFile } from 'node:fs/promises';
import type { Context } from 'koa';
import { rejectIf } from '../../platform/invariants/guard';
import { violation } from '../../platform/domain/violation';
import type importService from './imports';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
}

const service = () => strapi.service('api::data-import.data-import') as unknown as ReturnType<typeof importService>;

/** `{ data: {…} }` as Strapi's own routes take it, or the bare object. */
const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request.body ?? {}) as { data?: unknown };
  return ((body.data && typeof body.data === 'object' ? body.data : body) ?? {}) as Record<string, unknown>;
};

/**
 * The import routes' handlers, the same for the content API (`/api/imports`)
 * and the admin wizard (`/merchandiser/imports`): thin glue over the service.
 */
export const importHandlers = {
  async check(ctx: Context) {
    const files = (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
    const file = Array.isArray(files.file) ? files.file[0] : files.file;
    if (!file)
      rejectIf([
        violation(
          ['file'],
          'file-required',
          'send the sheet as multipart/form-data field "file"',
          '请以 multipart/form-data 的 file 字段上传表格'
        ),
      ]);
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const data = await service().check({
      bytes: await readFile(file!.filepath),
      fileName: file!.originalFilename || 'import.xlsx',
      mime: file!.mimetype || 'application/octet-stream',
      kind: body.kind,
      customer: body.customer,
      mapping: body.mapping,
    });
    ctx.status = 201;
    ctx.body = { data };
  },

  async template(ctx: Context) {
    const { fileName, bytes } = await service().template(ctx.query as Record<string, unknown>);
    ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    ctx.set('Content-Disposition', `attachment; filename="${fileName}"`);
    ctx.body = bytes;
  },

  async find(ctx: Context) {
    ctx.body = await service().list(ctx.query as Record<string, unknown>);
  },

  async findOne(ctx: Context) {
    ctx.body = { data: await service().findOne(ctx.params.documentId) };
  },

  async recheck(ctx: Context) {
    ctx.body = { data: await service().recheck(ctx.params.documentId, bodyOf(ctx) as { mapping?: unknown }) };
  },

  async sheets(ctx: Context) {
    ctx.body = { data: await service().sheets(ctx.params.documentId) };
  },

  async commit(ctx: Context) {
    const { view, accepted } = await service().commit(ctx.params.documentId, bodyOf(ctx) as { reason?: unknown });
    // A large import is written in the background: 202, and GET shows its progress until it is committed.
    ctx.status = accepted ? 202 : 200;
    ctx.body = { data: view };
  },
};
