#!/usr/bin/env node
/**
 * `node scripts/document-screenshots.js`: prints three documents of the demo
 * factory (production notice, final packing list, a shipping mark) on a
 * throw-away SQLite database and renders their first pages as PNGs into
 * docs/screenshots/ (pdf.js through pdf-parse, @napi-rs/canvas) for the README.
 */
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { appDir, fromDist, loadApp } = require('./lib/app');

async function firstPage(pdf, file) {
  const { PDFParse } = require('pdf-parse');
  const parser = new PDFParse({ data: pdf });
  const shot = await parser.getScreenshot({ partial: [1], scale: 1.6, imageDataUrl: false });
  await parser.destroy();
  writeFileSync(path.join(appDir, 'docs', 'screenshots', file), shot.pages[0].data);
  console.log(`docs/screenshots/${file}`);
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gendan-shots-'));
  const strapi = await loadApp({
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'demo.db'),
    SEED_DEMO: 'false',
  });
  try {
    await fromDist('src/modules/demo/load-demo.js').loadDemoData(strapi);
    const { orderDocumentFile } = fromDist('src/modules/documents/order-documents.js');
    const withDocument = async (kind) => {
      const row = await strapi.db.query('api::order-document.order-document').findOne({
        where: { kind, status: 'current' },
        populate: { order: { select: ['documentId'] } },
        orderBy: { id: 'asc' },
      });
      if (!row) throw new Error(`the demo has no ${kind}`);
      return row.order.documentId;
    };
    const settings = await strapi.db.query('api::shipping-setting.shipping-setting').findOne({ select: ['id'] });
    await strapi.db.query('api::shipping-setting.shipping-setting').update({
      where: { id: settings.id },
      data: { gs1CompanyPrefix: '0614141', companyName: 'Ningbo Demo Garments Co., Ltd.' },
    });
    const notice = await orderDocumentFile(strapi, await withDocument('production-notice'), 'production-notice.pdf');
    await firstPage(notice.body, 'document-production-notice.png');
    const packed = await withDocument('final-packing-list');
    await firstPage(
      (await orderDocumentFile(strapi, packed, 'packing-list-final.pdf')).body,
      'document-packing-list.png'
    );
    await firstPage((await orderDocumentFile(strapi, packed, 'shipping-marks.pdf')).body, 'document-shipping-mark.png');
  } finally {
    await strapi.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
