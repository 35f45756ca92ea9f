import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { UID } from '../../platform/constants';
import { printsOf, type ArchivedPrint, type IssuedVersion, type Prints } from './facts/versions';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface VersionPrint<Content> {
  /** The issued version printed; `null` for a draft (nothing is archived). */
  printed: IssuedVersion | null;
  latest: number;
  /** The content's name in the version (one per document the version prints: a packing list, its labels). */
  content: string;
  /** Loads the facts now: only the latest version can, an older one prints what it froze. */
  make: () => Promise<Content>;
  render: (content: Content) => Promise<Buffer>;
  /** The file's name and the archive key (`packing-list-final.pdf|en|superseded`). */
  file: { name: string; key: string; mime: string };
}

/**
 * Prints a tracked document's version so that it never changes: the content
 * is frozen in the order-document at the version's first print, each file
 * made of it is kept in the media library with its SHA-256, and a later
 * download of the same version, language and standing gets those bytes.
 */
export async function printVersion<Content>(strapi: Core.Strapi, job: VersionPrint<Content>): Promise<Buffer> {
  const { printed } = job;
  if (!printed) return job.render(await job.make());
  const kept = printed.prints.files[job.file.key];
  if (kept) {
    const bytes = await readKeptFile(strapi, kept);
    if (bytes) return bytes;
  }
  let content = printed.prints.models[job.content] as Content | undefined;
  if (content === undefined) {
    // Only the standing version can be printed from today's facts: a replaced one's facts are gone.
    if (printed.version !== job.latest || printed.status !== 'current') {
      throw createError(409, `v${printed.version} was not printed while it stood; its content is not kept`, {
        name: 'ConflictError',
        details: { rule: 'document-version-not-printed', version: printed.version, latest: job.latest },
      });
    }
    const made = await job.make();
    const saved = await keep(strapi, printed.id, (prints) =>
      prints.models[job.content] === undefined ? { ...prints, models: { ...prints.models, [job.content]: made } } : null
    );
    // A print at the same moment froze it first: print what it froze.
    content = (saved.models[job.content] as Content | undefined) ?? made;
  }
  const bytes = await job.render(content);
  const archived = await keepFile(strapi, bytes, job.file);
  await keep(strapi, printed.id, (prints) => ({ ...prints, files: { ...prints.files, [job.file.key]: archived } }));
  return bytes;
}

/** Changes the version's prints in one transaction, from what is stored now; `null` changes nothing. */
async function keep(strapi: Core.Strapi, id: number, change: (prints: Prints) => Prints | null): Promise<Prints> {
  return strapi.db.transaction(async () => {
    const row = (await strapi.db.query(UID.orderDocument as never).findOne({ where: { id }, select: ['prints'] })) as {
      prints: unknown;
    } | null;
    const prints = printsOf(row?.prints);
    const next = change(prints);
    if (!next) return prints;
    await strapi.db.query(UID.orderDocument as never).update({ where: { id }, data: { prints: next } as never });
    return next;
  });
}

export async function keepFile(
  strapi: Core.Strapi,
  bytes: Buffer,
  file: { name: string; key: string; mime: string }
): Promise<ArchivedPrint> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gendan-print-'));
  try {
    const filepath = path.join(dir, file.name);
    await writeFile(filepath, bytes);
    const hash = sha256(bytes);
    const [stored] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: file.name, caption: `sha256:${hash}`, alternativeText: file.key } },
        files: { filepath, originalFilename: file.name, mimetype: file.mime, size: bytes.length },
      })) as Array<{ id: number }>;
    return { fileId: stored.id, sha256: hash, name: file.name };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The kept bytes, if the file is still in the media library and still what was printed. */
export async function readKeptFile(strapi: Core.Strapi, kept: ArchivedPrint): Promise<Buffer | null> {
  const file = (await strapi.db
    .query('plugin::upload.file' as never)
    .findOne({ where: { id: kept.fileId }, select: ['url'] })) as { url: string } | null;
  if (!file) return null;
  let bytes: Buffer;
  try {
    bytes = file.url.startsWith('/')
      ? await readFile(path.join(strapi.dirs.static.public, file.url))
      : Buffer.from(await (await fetch(file.url)).arrayBuffer());
  } catch {
    return null;
  }
  // A file changed in the media library is not the version's print: it is made again from the frozen content.
  return sha256(bytes) === kept.sha256 ? bytes : null;
}
