import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  [key: string]: unknown;
}

/**
 * A package-lock.json for an empty project that depends on the packed tarball alone: the tarball's entry (with its
 * integrity) and the closure of its runtime dependencies copied from the repository's lock, each with its registry
 * URL. `npm ci --offline` then installs from the tarball and the npm cache `npm ci` filled, without asking the
 * registry for any package's metadata (an install by name would: the cache holds tarballs, not metadata).
 */
export function offlineLock(repoLockPath: string, manifest: { version: string; dependencies: Record<string, string> }, tarball: string, tarballSpec: string): object {
  const repo = JSON.parse(readFileSync(repoLockPath, 'utf8')) as { packages: Record<string, LockEntry> };
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, object> = {
    '': { name: 'yusuan-install-test', dependencies: { yusuan: tarballSpec } },
    'node_modules/yusuan': { version: manifest.version, resolved: tarballSpec, integrity, dependencies: manifest.dependencies, bin: { yusuan: 'dist/bin/yusuan.js' } },
  };
  const todo = Object.keys(manifest.dependencies).map((name) => locate(repo.packages, '', name));
  for (let path = todo.pop(); todo.length > 0 || path !== undefined; path = todo.pop()) {
    if (path === undefined || packages[path]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = repo.packages[path] ?? {};
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[path] = entry.resolved ? entry : { ...entry, resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz` };
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) todo.push(locate(repo.packages, path, dep));
  }
  return { name: 'yusuan-install-test', lockfileVersion: 3, requires: true, packages };
}

/** Where npm finds `name` from the package at `from`: its own node_modules, then each folder up to the root. */
function locate(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[path]) return path;
    if (!dir) return undefined;
  }
}
