import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { Refused } from './errors.js';
import { requestGuard } from './guard.js';
import { INTERNAL_ERROR, logError, type AppEnv, type ServeContext } from './context.js';
import { mb } from './http.js';
import { initRoutes } from './init-routes.js';
import { profileRoutes } from './profile-routes.js';
import type { Session, Sessions } from './sessions.js';
import { uploadRoutes } from './upload-routes.js';
import { documentRoutes } from './document-routes.js';
import { PAGE_CSS, PAGE_HTML, PAGE_JS } from './page/index.js';

const COOKIE = 'yusuan_session';

/** The server's routes: the page (HTML, JS, CSS from the package), and the API each session uses. */
export function createApp(ctx: ServeContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestGuard(ctx.hosts));
  app.get('/', async (c) => {
    // Opening the page starts the session; when the server is full, the page still opens and says so on first use.
    if (mayOpenSession(c)) await sessionOf(c, ctx.sessions).catch((error: unknown) => (error instanceof Refused ? undefined : Promise.reject(error)));
    return c.html(PAGE_HTML);
  });
  app.get('/api/config', (c) => c.json({ maxUpload: ctx.maxUpload, maxFiles: ctx.maxFiles, pdf: ctx.pdf }));
  app.get('/app.js', (c) => c.body(PAGE_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/app.css', (c) => c.body(PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.use('/api/*', async (c, next) => {
    const session = mayOpenSession(c) ? await sessionOf(c, ctx.sessions) : ctx.sessions.find(getCookie(c, COOKIE));
    if (!session) return c.json({ error: '会话不存在或已过期：请刷新页面后重试' }, 403);
    c.set('session', session);
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBody(ctx),
      onError: (c) => c.json({ error: `上传的文件过大：每个文件不超过 ${mb(ctx.maxUpload)} MB，一次合计不超过 ${mb(maxBody(ctx))} MB` }, 413),
    }),
  );
  profileRoutes(app, ctx);
  uploadRoutes(app, ctx);
  initRoutes(app, ctx);
  documentRoutes(app, ctx);
  app.notFound((c) => c.json({ error: '找不到该页面或文件' }, 404));
  app.onError((error, c) => {
    if (error instanceof Refused) return c.json({ error: error.message }, error.status);
    logError(ctx, `${c.req.method} ${c.req.path}`, error);
    return c.json({ error: INTERNAL_ERROR }, 500);
  });
  return app;
}

/**
 * Whether this request may start a session: the page opened from the address bar or this page (not by another
 * site's image or link), or a POST, which the guard let through only from this page's origin. Anything else without
 * a cookie gets no session, so another site cannot fill the server with sessions.
 */
function mayOpenSession(c: Context<AppEnv>): boolean {
  const site = c.req.header('sec-fetch-site');
  if (c.req.method === 'POST') return true;
  return site === 'same-origin' || site === 'none' || (site === undefined && c.req.path === '/');
}

/** The visitor's session from its cookie, or a new one (HttpOnly, SameSite=Strict: never sent by another site). */
async function sessionOf(c: Context<AppEnv>, sessions: Sessions): Promise<Session> {
  const found = sessions.find(getCookie(c, COOKIE));
  if (found) return found;
  const session = await sessions.open();
  setCookie(c, COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', path: '/' });
  return session;
}

/** Most bytes of files in one request: parsing a form holds the page's thread, so a few files' worth at most. */
const MAX_TOTAL = 60 * 1024 * 1024;

/** Largest request body: one file of the largest size at least, several up to 60 MB, and room for the form around them. */
function maxBody(ctx: ServeContext): number {
  return Math.max(ctx.maxUpload, Math.min(ctx.maxUpload * ctx.maxFiles, MAX_TOTAL)) + 1024 * 1024;
}

