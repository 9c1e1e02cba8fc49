// Build steps (scripts/build.mjs, after tsc and the bundle): precompiles the narrative templates of the shipped
// profiles into precompiled-specs.cjs next to the modules that load it (src/document/narrative/precompiled.ts):
// dist/bin/ for the bundled CLI, dist/src/document/narrative/ for the library. A run then compiles none of them.
// Likewise the parts every .docx shares into precompiled-docx-parts.json (src/render/docx/fixed-parts.ts): dist/bin/
// and dist/src/render/docx/. Run alone (`node scripts/precompile-templates.mjs`), it rewrites those files of dist/.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Writes precompiled-specs.cjs into each of `targets` from the templates under `root`; returns what it wrote, in words.
 * The two modules that know how (precompiled.ts, shipped-sources.ts) are bundled from source into one temporary
 * module first, so this step needs neither tsc's output nor tsx.
 */
export async function precompileTemplates(root, targets) {
  const source = `export { precompiledModule, SPECS_FILE } from './src/document/narrative/precompiled.ts';\nexport { shippedTemplateSources } from './src/document/narrative/shipped-sources.ts';\n`;
  return withBundled(root, source, ({ precompiledModule, shippedTemplateSources, SPECS_FILE }) => {
    const { profiles, sources } = shippedTemplateSources(join(root, 'templates'));
    const text = precompiledModule(sources);
    for (const target of targets) writeFileSync(join(target, SPECS_FILE), text);
    return `${sources.length} narrative templates of ${profiles} profiles into ${SPECS_FILE}`;
  });
}

/**
 * Writes precompiled-docx-parts.json into each of `targets`: the parts every .docx shares, as docx serialises them
 * (src/render/docx/fixed-parts-docx.ts), so a run need not load docx (src/render/docx/fixed-parts.ts).
 */
export async function precompileDocxParts(root, targets) {
  const source = `export { fixedPartsFromDocx } from './src/render/docx/fixed-parts-docx.ts';\nexport { FIXED_PARTS_FILE } from './src/render/docx/fixed-parts.ts';\n`;
  return withBundled(root, source, ({ fixedPartsFromDocx, FIXED_PARTS_FILE }) => {
    const fixed = fixedPartsFromDocx();
    for (const target of targets) writeFileSync(join(target, FIXED_PARTS_FILE), `${JSON.stringify(fixed)}\n`);
    return `${Object.keys(fixed.parts).length + 1} fixed .docx parts into ${FIXED_PARTS_FILE}`;
  });
}

/** Bundles the TypeScript `source` (run from `root`) into one temporary module, imports it and calls `use` with it. */
async function withBundled(root, source, use) {
  const temp = mkdtempSync(join(tmpdir(), 'yusuan-precompile-'));
  try {
    const module = join(temp, 'precompile.mjs');
    await esbuild.build({
      absWorkingDir: root,
      stdin: { contents: source, resolveDir: root, loader: 'ts' },
      outfile: module,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    return use(await import(pathToFileURL(module).href));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const targets = [join(root, 'dist', 'bin'), join(root, 'dist', 'src', 'document', 'narrative')].filter((dir) => existsSync(dir));
  process.stderr.write(`precompiled ${await precompileTemplates(root, targets)} in ${targets.join(', ')}\n`);
  const docxTargets = [join(root, 'dist', 'bin'), join(root, 'dist', 'src', 'render', 'docx')].filter((dir) => existsSync(dir));
  process.stderr.write(`precompiled ${await precompileDocxParts(root, docxTargets)} in ${docxTargets.join(', ')}\n`);
}
