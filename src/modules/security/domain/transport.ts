import { BlockList, isIP } from 'node:net';

/**
 * Which peer may speak for the client: forwarded headers (`X-Forwarded-For`,
 * `-Proto`, `-Host`) are believed only from the proxies a deployment names,
 * so a client reaching the port directly cannot pick its own address (and
 * reset the login rate limit) or claim HTTPS.
 */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`PROXY_TRUSTED_IPS: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

export function isTrustedPeer(address: string | undefined, list: BlockList): boolean {
  if (!address) return false;
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return list.check(mapped[1], 'ipv4');
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** Headers a proxy sets about the client; dropped when an untrusted peer sends them. */
export const FORWARDED_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
];

export type CookieSecureMode = 'auto' | 'true' | 'false';

export function cookieSecureMode(value: string | undefined): CookieSecureMode {
  const mode = (value ?? 'auto').trim().toLowerCase();
  if (mode === 'auto' || mode === 'true' || mode === 'false') return mode;
  throw new Error(`PORTAL_COOKIE_SECURE must be auto, true or false (got "${value}")`);
}

/**
 * Whether the portal's refresh cookie is marked Secure: `auto` follows the
 * request (HTTPS directly, or through a trusted TLS-terminating proxy), so a
 * factory LAN on plain HTTP can log in and a TLS deployment keeps the flag.
 */
export const refreshCookieSecure = (mode: CookieSecureMode, requestIsHttps: boolean) =>
  mode === 'auto' ? requestIsHttps : mode === 'true';

/** The origins allowed to call with credentials: CORS_ORIGINS, else the public URL's origin only. */
export function corsOrigins(listed: readonly string[], publicUrl: string): string[] {
  const origins = listed.map((origin) => origin.trim()).filter(Boolean);
  const chosen = origins.length > 0 ? origins : [publicUrl];
  return chosen.map((origin) => {
    if (origin === '*') throw new Error('CORS_ORIGINS may not be "*": list the portal origins');
    try {
      return new URL(origin).origin;
    } catch {
      throw new Error(`CORS_ORIGINS: "${origin}" is not a URL origin (e.g. https://portal.example.com)`);
    }
  });
}
