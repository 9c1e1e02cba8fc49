import type { Context, MiddlewareHandler } from 'hono';
import { networkInterfaces } from 'node:os';

/** Bind addresses that stand for every interface of the machine. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);
/** The names this machine answers to itself. */
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The Host header values the server answers to, each with the port: its own address (and the loopback names for a
 * loopback bind); for a wildcard bind the machine's interface addresses and the loopback names, never any name (a
 * DNS-rebinding page reaches the server under a name of its own).
 */
export function allowedHosts(host: string, port: number, interfaces: Record<string, readonly { address: string }[] | undefined> = networkInterfaces()): Set<string> {
  if (WILDCARDS.has(host)) {
    const addresses = Object.values(interfaces).flatMap((list) => (list ?? []).map((a) => bracketed(a.address.replace(/%.*$/, ''))));
    return new Set([...LOOPBACK, ...addresses].map((name) => `${name.toLowerCase()}:${port}`));
  }
  const hosts = new Set([`${bracketed(host).toLowerCase()}:${port}`]);
  if (host === '127.0.0.1' || host === '::1' || host === 'localhost') for (const h of LOOPBACK) hosts.add(`${h}:${port}`);
  return hosts;
}

/** An IPv6 address as a Host header writes it (`[fe80::1]`). */
function bracketed(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}

/**
 * Refuses a request whose Host is not this server (a DNS-rebinding page reaching 127.0.0.1 under its own name), and
 * any API request (every method: a GET runs jobs and touches the session too) or state-changing request that another
 * site sent. The page itself may be opened from a link.
 */
export function requestGuard(hosts: () => Set<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (!hosts().has(host.toLowerCase())) return c.text('拒绝访问：地址不符（请用服务器打印的地址打开本页）', 403);
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    if ((!reading || c.req.path.startsWith('/api/')) && crossSite(c)) return c.text('拒绝访问：跨站请求', 403);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  };
}

/**
 * Another site sent the request: the browser says so (Sec-Fetch-Site `cross-site` or `same-site`; `same-origin` is
 * this page, `none` the address bar), or its Origin is not this server. A request with neither header is not a
 * browser's cross-site one (every browser that omits Sec-Fetch-Site sends Origin on a cross-origin POST).
 */
export function crossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  return origin !== undefined && origin !== `http://${c.req.header('host') ?? ''}`;
}
