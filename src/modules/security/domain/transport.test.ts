import { corsOrigins, cookieSecureMode, isTrustedPeer, proxyList, refreshCookieSecure } from './transport';

describe('trusted proxies', () => {
  const list = proxyList(['127.0.0.1', '::1', '10.0.0.0/8']);
  it('believes the listed addresses and ranges, IPv4-mapped or not', () => {
    expect(isTrustedPeer('127.0.0.1', list)).toBe(true);
    expect(isTrustedPeer('::ffff:127.0.0.1', list)).toBe(true);
    expect(isTrustedPeer('::1', list)).toBe(true);
    expect(isTrustedPeer('10.20.30.40', list)).toBe(true);
  });
  it('does not believe anyone else', () => {
    expect(isTrustedPeer('127.0.0.2', list)).toBe(false);
    expect(isTrustedPeer('192.168.1.5', list)).toBe(false);
    expect(isTrustedPeer(undefined, list)).toBe(false);
  });
  it('refuses a malformed entry at start', () => {
    expect(() => proxyList(['proxy.local'])).toThrow(/PROXY_TRUSTED_IPS/);
  });
});

describe('the portal refresh cookie', () => {
  it('follows the request in auto mode', () => {
    expect(refreshCookieSecure('auto', false)).toBe(false);
    expect(refreshCookieSecure('auto', true)).toBe(true);
    expect(refreshCookieSecure('true', false)).toBe(true);
    expect(refreshCookieSecure('false', true)).toBe(false);
  });
  it('reads the setting strictly', () => {
    expect(cookieSecureMode(undefined)).toBe('auto');
    expect(cookieSecureMode(' TRUE ')).toBe('true');
    expect(() => cookieSecureMode('yes')).toThrow(/PORTAL_COOKIE_SECURE/);
  });
});

describe('CORS origins', () => {
  it('default to the public URL origin', () => {
    expect(corsOrigins([], 'https://gendan.example.com/admin')).toEqual(['https://gendan.example.com']);
  });
  it('take the listed origins, never a wildcard', () => {
    expect(corsOrigins(['https://portal.example.com', ' http://10.0.0.5:3000 '], 'x')).toEqual([
      'https://portal.example.com',
      'http://10.0.0.5:3000',
    ]);
    expect(() => corsOrigins(['*'], 'http://localhost:1337')).toThrow(/CORS_ORIGINS/);
  });
});
