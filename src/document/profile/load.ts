import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { resolveLayer } from './compose.js';
import { displayFile, fail, quoted } from './errors.js';
import { finishProfile } from './finish.js';
import { filesFor } from './files.js';
import { isProfilePath, locateProfile, profilePathDir, type RefSite } from './locate.js';
import { readValidated } from './read.js';
import { profileIndexSchema } from './schema.js';
import type { Profile } from './types.js';

const loaded = new Map<string, Profile>();

/**
 * Loads a profile by shipped id or directory path, merged and checked (docs/profiles.md). Read once per process and
 * directory: the narrative's compiled templates are cached on the Profile object (render.ts), so a fresh object per
 * document recompiled every template (~10 ms a document; most of a batch unit's narrative time).
 * A broken profile throws ProfileError (located, Chinese), which the pipeline reports as S07.
 */
export function loadProfile(ref: string, roots: readonly string[] = [TEMPLATES_DIR], baseDir?: string, site: RefSite = { path: '' }): Profile {
  // Under confinement (serve), a folder outside the allowed ones is refused before anything is looked up in it.
  if (isProfilePath(ref)) filesFor(profilePathDir(ref, baseDir), site);
  const dir = locateProfile(ref, roots, baseDir, site);
  const files = filesFor(dir, site);
  const searched = files.confined ? [TEMPLATES_DIR] : roots;
  const key = [files.confined ? 'confined' : 'trusted', dir, ...searched].join('\0');
  const hit = loaded.get(key);
  if (hit) return hit;
  const layer = resolveLayer(dir, searched, [], files);
  const profile = finishProfile(layer, isProfilePath(ref) ? layer.id : ref, files);
  loaded.set(key, profile);
  return profile;
}

/** Chooses the profile: the input's `profile`, else by edition, else by year (spec §0 defaults), via templates/index.json. */
export function chooseProfile(input: { year: number; edition?: string | undefined; profile?: string | undefined }, root = TEMPLATES_DIR): { profile: string; edition: string } {
  const index = readValidated(join(root, 'index.json'), profileIndexSchema);
  const edition =
    input.edition ??
    index.years.find((r) => (r.from === undefined || input.year >= r.from) && (r.until === undefined || input.year <= r.until))?.edition ??
    '';
  const profile = input.profile ?? index.editions[edition];
  if (!profile) fail(undefined, input.edition ? 'edition' : 'year', `没有与版式“${edition}”对应的模板（${displayFile(join(root, 'index.json'))} 中有：${quoted(Object.keys(index.editions))}）`);
  return { profile, edition };
}
