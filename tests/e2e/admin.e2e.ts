import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';

/**
 * The merchandiser's day in a real browser: the built admin served by
 * `npm start` on a fresh SQLite file with the demo factory; register the first
 * admin, read the dashboard (two KPIs checked against the API), open the
 * at-risk order, move it with the workflow panel, see the history row, switch
 * the interface to 中文 and see the dashboard in Chinese.
 */
const root = path.resolve(__dirname, '..', '..');
const artifacts = path.join(__dirname, 'artifacts');
const port = Number(process.env.E2E_PORT ?? 13390);
const base = `http://127.0.0.1:${port}`;
const database = path.join(tmpdir(), `gendan-e2e-${process.pid}.db`);
const credentials = { firstname: 'Li', lastname: 'Wei', email: 'li.wei@gendan.test', password: 'Gendan-E2E-2026' };

let server: ChildProcess;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app did not answer /_health');
}

async function adminToken() {
  const res = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** WCAG relative luminance of a CSS colour (`#rrggbb` or `rgb(r, g, b)`): 0 black – 1 white. */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  const channels = hex
    ? hex.slice(1).map((part) => parseInt(part, 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (AA asks 4.5 for body text). */
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = spawn(
    process.execPath,
    [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: database,
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    }
  );
  await waitForHealth(Date.now() + 150_000);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
});

test('a merchandiser works the order book from the admin panel', async () => {
  // First admin, as a new user does after `npm run develop`.
  await page.goto(`${base}/admin`);
  await page.waitForURL(/auth\/register-admin/);
  await page.locator('input[name="firstname"]').fill(credentials.firstname);
  await page.locator('input[name="lastname"]').fill(credentials.lastname);
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.locator('input[name="confirmPassword"]').fill(credentials.password);
  await shot('01-register');
  await page.getByRole('button', { name: "Let's start" }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));

  // The dashboard: two KPIs equal what the API says.
  await page.goto(`${base}/admin/plugins/merchandiser`);
  await page.getByRole('heading', { name: 'Merchandising dashboard' }).waitFor();
  const inProduction = page.getByTestId('kpi-on-the-lines-value');
  await inProduction.waitFor();
  await page.getByTestId('at-risk').waitFor();
  await shot('02-dashboard');
  const token = await adminToken();
  const kpis = (
    (await (
      await fetch(`${base}/merchandiser/dashboard/kpis`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as {
      data: { piecesInProduction: number; openExceptions: number };
    }
  ).data;
  expect(digits(await inProduction.textContent())).toBe(kpis.piecesInProduction);
  expect(digits(await page.getByTestId('kpi-exceptions-value').textContent())).toBe(kpis.openExceptions);
  await page.getByTestId('at-risk-block').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(artifacts, '02b-dashboard-at-risk.png') });

  // The order at risk, in its edit view, with the workflow panel.
  await page.getByTestId('at-risk').getByRole('link', { name: 'SKJ-2611-03' }).click();
  await page.waitForURL(/content-manager\/collection-types\/api::order\.order\//);
  const panel = page.getByTestId('order-panel');
  await panel.waitFor();
  expect(await panel.getByTestId('panel-stage').textContent()).toBe('In production');
  // The same at-risk answer as the dashboard, as a banner with the open exception.
  await panel.getByTestId('panel-risk').getByText('Too slow').waitFor();
  await panel
    .getByTestId('panel-risk')
    .getByText(/Too few workers on the line/)
    .waitFor();
  await shot('03-order-panel');

  // Move it one stage with the panel; the history shows it.
  await panel.getByTestId('move-forward').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="panel-stage"]')?.textContent === 'Print / embroidery'
  );
  await page.getByTestId('panel-history').getByText('In production → Print / embroidery').waitFor();
  await shot('04-order-moved');

  // The size grid of the order.
  await panel.getByRole('link', { name: 'Edit size breakdown' }).click();
  await page.getByTestId('size-grid').waitFor();
  expect(digits(await page.getByTestId('grid-grand-total').textContent())).toBe(2500);
  await shot('05-size-grid');

  // Paste a block from Excel into the first size cell of the first colour: 101, 151 along the row.
  const first = page.getByTestId('size-grid').locator('tbody tr').first().locator('input').nth(1);
  await first.evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', '101\t151\r\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  expect(digits(await page.getByTestId('grid-grand-total').textContent())).toBe(2500 + 1 + 1);

  // A fractional quantity is refused by the server and shown in its cell; the order is past received,
  // so the change also needs a reason.
  const second = page.getByTestId('size-grid').locator('tbody tr').nth(1).locator('input').nth(1);
  await second.fill('0.5');
  await page.getByTestId('grid-save').click();
  await page.getByText('quantity must be a whole number greater than 0').first().waitFor();
  await shot('06-size-grid-error');
  await second.fill('200');
  await page.getByRole('textbox', { name: 'Reason for the change' }).fill('Buyer added two pieces of Butter 2T and 3T');
  await page.getByTestId('grid-save').click();
  await page.getByText('Size breakdown saved: 2,502 pieces').waitFor();

  // Reminders: the daily run on demand, the unread count on the dashboard, the inbox.
  const get = async <T>(url: string) =>
    (await (await fetch(`${base}${url}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as T;
  const ran = await fetch(`${base}/merchandiser/reminders/run`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(ran.status).toBe(200);
  const unread = (await get<{ data: { unread: number } }>('/merchandiser/notifications/unread')).data.unread;
  expect(unread).toBeGreaterThan(10);
  await page.goto(`${base}/admin/plugins/merchandiser`);
  expect(digits(await page.getByTestId('unread-count').textContent())).toBe(unread);
  await page.getByTestId('notifications-link').click();
  await page.getByTestId('notification-row').first().waitFor();
  expect(await page.getByTestId('notification-row').count()).toBe(Math.min(unread, 25));
  await page.getByText('NLR-11045: ex-factory projected').waitFor();
  await shot('06b-notifications');
  await page.getByTestId('notification-row').first().getByRole('button', { name: 'Mark read' }).click();
  await page.getByText(`${unread - 1} unread`).waitFor();

  // The T&A overview, then the slipping order's calendar: planned vs actual, projected late.
  await page.goto(`${base}/admin/plugins/merchandiser/time-and-action`);
  const slipping = page.getByTestId('overview-NLR-11045');
  await slipping.waitFor();
  await shot('06c-ta-overview');
  await slipping.getByRole('link', { name: 'NLR-11045' }).click();
  await page.getByTestId('ta-timeline').waitFor();
  await page.getByTestId('ta-late').waitFor();
  const id = page.url().split('/orders/')[1].split('/')[0];
  const timeline = (
    await get<{ data: { projectedExFactory: string; milestones: Array<{ status: string }> } }>(
      `/merchandiser/orders/${id}/time-and-action`
    )
  ).data;
  expect(await page.getByTestId('ta-projected').textContent()).toBe(timeline.projectedExFactory);
  expect(await page.locator('[data-testid="ta-timeline"] [data-status="done"]').count()).toBe(
    timeline.milestones.filter((m) => m.status === 'done').length
  );
  await shot('06d-ta-calendar');

  // A late fabric inspection is a past fact: QC waives it from the workflow panel, with the comment as the reason.
  const late = (
    await get<{ results: Array<{ documentId: string }> }>(
      '/content-manager/collection-types/api::order.order?filters[poNumber][$eq]=RWM-26-0977'
    )
  ).results[0];
  await page.goto(`${base}/admin/content-manager/collection-types/api::order.order/${late.documentId}`);
  const latePanel = page.getByTestId('order-panel');
  const waive = latePanel.getByTestId('waive-fabric-inspected-in-time');
  await waive.waitFor();
  expect(await waive.isDisabled()).toBe(true);
  await latePanel.locator('textarea').fill('QC re-checked the lot: shrinkage and width within spec');
  await waive.click();
  await page.getByText('Waived; the lateness stays on record').waitFor();
  await latePanel.getByTestId('waive-fabric-inspected-in-time').waitFor({ state: 'detached' });
  await latePanel.getByTestId('panel-history').getByText('QC: waiver').waitFor();
  await shot('06e-waiver');

  // The dashboard in the dark theme: text and the hand-drawn chart take the dark palette's tokens.
  await page.evaluate(() => localStorage.setItem('STRAPI_THEME', 'dark'));
  await page.goto(`${base}/admin/plugins/merchandiser`);
  await page.getByTestId('at-risk').waitFor();
  const chart = page.getByTestId('output-chart');
  await chart.waitFor();
  await shot('06f-dashboard-dark');
  // Text on its own background, as rendered: a KPI, a stage of the pipeline, an at-risk PO, a due item.
  const colours = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        let node: Element | null = element;
        let background = 'rgba(0, 0, 0, 0)';
        while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(node).backgroundColor;
          node = node.parentElement;
        }
        return { text: getComputedStyle(element).color, background };
      });
  for (const selector of [
    '[data-testid="kpi-on-the-lines-value"]',
    '[data-testid="pipeline-received"] *',
    '[data-testid="at-risk-order"] *',
    '[data-testid="due"] a *',
  ]) {
    const { text, background } = await colours(selector);
    expect([selector, luminance(background) < 0.1, contrast(text, background) >= 4.5]).toEqual([selector, true, true]);
  }
  // The chart's labels are the dark palette's neutral, readable on the dark page.
  const page0 = await colours('[data-testid="output-chart"]');
  const label = (await chart.locator('svg text').first().getAttribute('fill')) ?? '';
  expect(contrast(label, page0.background)).toBeGreaterThanOrEqual(4.5);
  await page.evaluate(() => localStorage.setItem('STRAPI_THEME', 'light'));

  // 中文: the interface language of this admin, then the dashboard in Chinese.
  await page.goto(`${base}/admin/me`);
  await page.getByRole('combobox', { name: 'Interface language' }).click();
  await page.getByRole('option', { name: '中文 (简体)' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.goto(`${base}/admin/plugins/merchandiser`);
  await page.getByRole('heading', { name: '跟单看板' }).waitFor();
  await page.getByTestId('kpi-on-the-lines-value').waitFor();
  expect(await page.getByText('交期达成率').count()).toBeGreaterThan(0);
  await shot('07-dashboard-zh');

  // The calendar in Chinese.
  await page.goto(`${base}/admin/plugins/merchandiser/orders/${id}/time-and-action`);
  await page.getByRole('heading', { name: 'NLR-11045 生产进度表 (T&A)' }).waitFor();
  expect(await page.getByTestId('ta-timeline').getByText('逾期').count()).toBeGreaterThan(0);
  await page.getByText('延误：出厂期有风险').waitFor();
  await shot('08-ta-calendar-zh');
});
