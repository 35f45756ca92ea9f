import { http } from './http';
import type { TestApp } from './strapi';
import { day } from './workflow';

let counter = 0;
/**
 * One prefix a test file, then the creation number: lines sort in the order they were made, as the
 * daily output sheet sorts them (numeric collation — a base-36 time alone sorts "…1a0" before "…19z").
 */
const run = Date.now().toString(36);

export async function makeLine(app: TestApp, data: Record<string, unknown> = {}) {
  counter += 1;
  const res = await http(app).post('/api/production-lines', {
    data: { name: `Line ${run}-${String(counter).padStart(4, '0')}`, dailyCapacity: 600, workers: 32, ...data },
  });
  if (res.status !== 201) throw new Error(`line: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; name: string };
}

export const report = (app: TestApp, data: Record<string, unknown>) =>
  http(app).post('/api/production-reports', {
    data: { date: day(0), operation: 'sewing', goodQty: 100, defectQty: 0, ...data },
  });
