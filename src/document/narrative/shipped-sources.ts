import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { loadProfile, profileIds } from '../profile.js';

/**
 * Every narrative template source of the shipped profiles: each profile's texts and each `narrative/*.hbs` it
 * resolves (its own or inherited). What the build precompiles (precompiled.ts).
 */
export function shippedTemplateSources(root: string = TEMPLATES_DIR): { profiles: number; sources: string[] } {
  const ids = profileIds([root]);
  const files = new Set(
    ids.flatMap((id) => {
      const dir = join(root, id, 'narrative');
      return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.hbs')) : [];
    }),
  );
  const sources = new Set<string>();
  for (const id of ids) {
    const profile = loadProfile(id, [root]);
    for (const text of Object.values(profile.texts)) sources.add(text);
    for (const file of files) {
      try {
        sources.add(profile.readTemplate(`narrative/${file}`));
      } catch {
        // this profile has no such template
      }
    }
  }
  return { profiles: ids.length, sources: [...sources] };
}
