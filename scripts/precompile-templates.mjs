// Build step (npm run build, after tsc): precompiles the narrative templates of the shipped profiles into
// dist/src/document/narrative/precompiled-specs.cjs, so a run compiles none of them (src/document/narrative/precompiled.ts).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(pathToFileURL(join(root, 'dist', 'src', 'document', 'narrative', path)).href);
const { precompiledModule, SPECS_FILE } = await dist('precompiled.js');
const { shippedTemplateSources } = await dist('shipped-sources.js');

const { profiles, sources } = shippedTemplateSources();
const target = join(root, 'dist', 'src', 'document', 'narrative', SPECS_FILE);
writeFileSync(target, precompiledModule(sources));
process.stderr.write(`precompiled ${sources.length} narrative templates of ${profiles} profiles → ${target.slice(root.length + 1)}\n`);
