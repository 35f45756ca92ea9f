import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF, as a reader's copy-paste would get it (pdf-parse). Run in
 * a child Node process: pdf.js starts its worker by a dynamic import, which
 * Jest's module sandbox refuses.
 */
export function pdfText(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      const result = await parser.getText();
      await parser.destroy();
      process.stdout.write(result.text);
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { input: pdf, cwd: process.cwd(), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdf-parse failed: ${run.stderr}`);
  return run.stdout;
}
