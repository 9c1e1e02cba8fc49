import { chooseProfile, loadProfile, profileIds, type Profile } from '../../document/profile.js';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { referenceDocument, type DocumentFacts, type Reference } from '../reference.js';
import { looksLikeTitle, TITLE_THRESHOLD, titleScore } from './titles.js';

/** The profile a document was printed with, and its empty layout for the document's facts. */
export interface ProfileChoice {
  profile: Profile;
  reference: Reference;
  /** How many of the profile's tables have a printed title (of how many it has). */
  matched: number;
}

/** Σ over the profile's tables of the best title similarity a printed line reaches (0 below the threshold). */
function score(reference: Reference, titles: readonly string[]): number {
  return reference.tables.reduce((sum, table) => {
    const best = Math.max(0, ...titles.map((t) => titleScore(t, table)));
    return sum + (best >= TITLE_THRESHOLD ? best : 0);
  }, 0);
}

/**
 * The shipped profile whose tables the printed titles match best (issue 17: "works on documents of other profile
 * families as far as their tables can be recognised"); ties go to the profile the year selects. `wanted` (the
 * `--profile` option) is taken as given.
 */
export function chooseReadProfile(facts: DocumentFacts, lines: readonly string[], wanted?: string): ProfileChoice {
  const titles = lines.filter(looksLikeTitle);
  const roots = [TEMPLATES_DIR];
  const byYear = safe(() => chooseProfile({ year: facts.year }).profile);
  const ids = wanted ? [wanted] : profileIds(roots);
  let best: (ProfileChoice & { score: number }) | undefined;
  for (const id of ids) {
    // A profile that does not load or lay out (one being edited) is no candidate; the one asked for must load.
    const loaded = wanted ? load(id, roots, facts) : safe(() => load(id, roots, facts));
    if (!loaded) continue;
    const { profile, reference } = loaded;
    const s = score(reference, titles) + (id === byYear ? 0.01 : 0);
    if (!best || s > best.score) best = { profile, reference, score: s, matched: 0 };
  }
  if (!best) throw new Error('没有可用的模板');
  const chosen = best;
  const matched = chosen.reference.tables.filter((t) => titles.some((line) => titleScore(line, t) >= TITLE_THRESHOLD)).length;
  return { profile: chosen.profile, reference: chosen.reference, matched };
}

function load(id: string, roots: readonly string[], facts: DocumentFacts): { profile: Profile; reference: Reference } {
  const profile = loadProfile(id, roots);
  return { profile, reference: referenceDocument(profile, facts) };
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
