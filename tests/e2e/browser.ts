import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this machine needs: no sandbox
 * (root), no GPU, and no background networking (the closed network refuses it).
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

const FONT_PATH = '/__e2e-fonts/';
const fontFiles = path.dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));

/**
 * Chinese glyphs for a page's screenshots from an npm-shipped font (Noto Sans
 * SC), not from whatever the host has: its files are answered on the page's
 * own origin (so the admin's Content Security Policy allows them) and the
 * admin's text is set in it.
 */
export async function withChineseFont(page: Page, origin: string): Promise<void> {
  await page.route(`${origin}${FONT_PATH}**`, (route) =>
    route.fulfill({ path: path.join(fontFiles, 'files', path.basename(new URL(route.request().url()).pathname)) })
  );
  const css = ['400.css', '700.css']
    .map((file) => readFileSync(path.join(fontFiles, file), 'utf8'))
    .join('\n')
    .replace(/url\(\.\/files\//g, `url(${FONT_PATH}`);
  const style = `${css}\n* { font-family: 'Noto Sans SC', sans-serif !important; }`;
  await page.addInitScript((text) => {
    const add = () => {
      const element = document.createElement('style');
      element.textContent = text;
      document.head.appendChild(element);
    };
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add);
  }, style);
}

export interface AdminCredentials {
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

/** Registers the first administrator of a fresh server; answers their API token. */
export async function registerFirstAdmin(base: string, credentials: AdminCredentials): Promise<string> {
  const registered = await fetch(`${base}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return ((await registered.json()) as { data: { token: string } }).data.token;
}

/** Signs in through the admin's login form and waits to be let in. */
export async function signIn(page: Page, base: string, credentials: AdminCredentials): Promise<void> {
  await page.goto(`${base}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}
