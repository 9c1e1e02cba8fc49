import type { Context, MiddlewareHandler } from 'hono';

/** Host names a wildcard bind address stands for: then any Host is accepted (the CLI warned). */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The Host header values the server answers to: its own address and port (and `localhost` for a loopback bind). */
export function allowedHosts(host: string, port: number): Set<string> | 'any' {
  if (WILDCARDS.has(host)) return 'any';
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const hosts = new Set([`${name}:${port}`]);
  if (host === '127.0.0.1' || host === '::1' || host === 'localhost') for (const h of ['127.0.0.1', 'localhost', '[::1]']) hosts.add(`${h}:${port}`);
  return hosts;
}

/**
 * Refuses a request whose Host is not this server (a DNS-rebinding page reaching 127.0.0.1 under its own name), and
 * any API request (every method: a GET runs jobs and touches the session too) or state-changing request that another
 * site sent. The page itself may be opened from a link.
 */
export function requestGuard(hosts: () => Set<string> | 'any'): MiddlewareHandler {
  return async (c, next) => {
    const allowed = hosts();
    const host = c.req.header('host') ?? '';
    if (allowed !== 'any' && !allowed.has(host.toLowerCase())) return c.text('拒绝访问：地址不符（请用服务器打印的地址打开本页）', 403);
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
