import { extname } from 'node:path';
import type { Hono } from 'hono';
import { profileIds } from '../document/profile/locate.js';
import { TEMPLATES_DIR } from '../model/paths.js';
import { cleanFileName, formFiles, type AppEnv, type ServeContext } from './context.js';
import { tooLarge } from './http.js';

/** The shipped profiles and this session's uploaded ones; a profile folder uploaded as a zip, checked as generation loads it. */
export function profileRoutes(app: Hono<AppEnv>, ctx: ServeContext): void {
  app.get('/api/profiles', (c) => c.json({ profiles: profileIds([TEMPLATES_DIR]), uploaded: [...c.get('session').profiles.values()].map(({ key, name }) => ({ key, name })) }));

  app.post('/api/profiles', async (c) => {
    const session = c.get('session');
    const { files } = await formFiles(c);
    const file = files[0];
    if (!file || extname(file.name).toLowerCase() !== '.zip') return c.json({ error: '请选择模板目录打包成的 .zip 文件' }, 400);
    if (file.size > ctx.maxUpload) return c.json({ error: tooLarge(file.size, ctx.maxUpload) }, 413);
    const key = `upload:${crypto.randomUUID()}`;
    await session.folder();
    const dir = session.path(key.replace(':', '-'));
    const { unpackProfile } = await import('./profile-upload.js');
    let kept = false;
    try {
      const unpacked = await unpackProfile(new Uint8Array(await file.arrayBuffer()), dir);
      const checked = unpacked.ok ? await ctx.pool.run({ kind: 'profile', dir }, session.id) : undefined;
      const error = !unpacked.ok ? unpacked.error : checked?.kind === 'profile' && checked.error ? `模板有错误：\n${checked.error}` : undefined;
      if (error || checked?.kind !== 'profile' || !checked.id) return c.json({ error: error ?? '模板无法读取' }, 400);
      const profile = { key, name: `${checked.id}（上传的模板 ${cleanFileName(file.name)}）`, dir };
      session.profiles.set(key, profile);
      kept = true;
      return c.json({ profile: { key, name: profile.name }, skipped: unpacked.ok ? unpacked.skipped : [] });
    } finally {
      // A refused, broken or failed upload leaves nothing behind (an error while unpacking or checking included).
      if (!kept) {
        const { rm } = await import('node:fs/promises');
        await rm(dir, { recursive: true, force: true });
      }
    }
  });
}
