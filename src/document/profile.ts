/**
 * Template profiles (docs/profiles.md): what one edition of one region's template decides, as validated data under
 * templates/<id>/ or any directory. The implementation lives in ./profile/: schema, read, locate, compose, finish.
 */
export { displayFile, ProfileError, problemText, type ProfileProblem } from './profile/errors.js';
export { chooseProfile, loadProfile } from './profile/load.js';
export { isProfilePath, profileIds } from './profile/locate.js';
export type { GlossaryTerm, HeadingNumbering, Outline, OutlinePart, OutlineSection, PartId, Profile, ProfileOptions, ProfileTable } from './profile/types.js';
