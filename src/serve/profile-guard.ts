import { extname } from 'node:path';
import { isProfilePath } from '../document/profile/locate.js';
import { readInput } from '../input/readers.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { JobInput } from './jobs.js';

/**
 * The page never lets an input name a folder on this machine: a `profile` field that is a path (`../模板`,
 * `/srv/x`) is refused with a located S07 error, unless the officer chose a profile on the page (shipped or
 * uploaded as a zip), which the job passes as the override. Read with the same reader and limits as the input.
 */
export async function profilePathFinding(input: JobInput): Promise<Diagnostic | undefined> {
  if (input.profile) return undefined;
  const read = await readInput(input.bytes, input.fileName, extname(input.fileName).toLowerCase(), input.limits);
  const data: unknown = read.source?.data;
  const ref = typeof data === 'object' && data !== null && 'profile' in data ? data.profile : undefined;
  if (typeof ref !== 'string' || !isProfilePath(ref)) return undefined;
  const at = read.source ? read.source.locate(['profile']) : { kind: 'json' as const, path: 'profile' };
  return {
    rule: 'S07',
    severity: 'error',
    at,
    message: `网页版不读取本机目录中的模板“${ref}”：请在页面上选择随附的模板，或把模板目录打包成 zip 上传`,
  };
}
