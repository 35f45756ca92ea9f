/**
 * A Gendan customer portal in one file: log in as a buyer and print the status
 * of its orders. Uses only `fetch` and the documented portal API
 * (docs/portal-api.md).
 *
 *   GENDAN_URL=http://localhost:1337 \
 *   GENDAN_USER=portal@blueridge.example GENDAN_PASSWORD=<DEMO_PORTAL_PASSWORD from .env> \
 *   npm run example:portal
 */

interface Order {
  documentId: string;
  poNumber: string;
  stage: string;
  exFactoryDate: string | null;
  totalQuantity: number;
  style: { styleNo: string } | null;
}

interface Page<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

interface Workflow {
  data: { stage: { key: string; name: string; enteredAt: string | null } | null };
}

export interface PortalClientOptions {
  baseUrl: string;
  identifier: string;
  password: string;
}

/** Calls the API; a non-2xx answer becomes an error carrying Strapi's error message. */
async function call<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status} ${body.error?.message ?? ''}`);
  return body;
}

/** Logs in, reads every page of the buyer's orders and their current stage, and returns one line per order. */
export async function orderStatusLines({ baseUrl, identifier, password }: PortalClientOptions): Promise<string[]> {
  const { jwt } = await call<{ jwt: string }>(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  const headers = { Authorization: `Bearer ${jwt}` };

  const orders: Order[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const result = await call<Page<Order>>(
      `${baseUrl}/api/orders?sort=exFactoryDate:asc&pagination[page]=${page}&pagination[pageSize]=25`,
      { headers }
    );
    orders.push(...result.data);
    pageCount = result.meta.pagination.pageCount;
  }

  const lines: string[] = [];
  for (const order of orders) {
    const { data } = await call<Workflow>(`${baseUrl}/api/orders/${order.documentId}/workflow`, { headers });
    const since = data.stage?.enteredAt ? ` since ${data.stage.enteredAt.slice(0, 10)}` : '';
    lines.push(
      `${order.poNumber.padEnd(12)} ${(order.style?.styleNo ?? '').padEnd(10)} ` +
        `${String(order.totalQuantity).padStart(6)} pcs  ex-factory ${order.exFactoryDate ?? '—'}  ` +
        `${data.stage?.name ?? order.stage}${since}`
    );
  }
  return lines;
}

if (require.main === module) {
  orderStatusLines({
    baseUrl: process.env.GENDAN_URL ?? 'http://localhost:1337',
    identifier: process.env.GENDAN_USER ?? 'portal@blueridge.example',
    password: process.env.GENDAN_PASSWORD ?? process.env.DEMO_PORTAL_PASSWORD ?? '',
  })
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
