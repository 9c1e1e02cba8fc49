// npm run build (also run by `npm ci`, through prepare). Into dist/, or the folder given by --out-dir:
//
//   1. tsc → dist/src/: the library API (dist/src/api.js and its .d.ts, as package.json `main`/`exports` name it),
//      module by module;
//   2. esbuild → dist/bin/: the CLI as a bundle (issue #16). A cold `yusuan` used to resolve, read and compile
//      320–640 separate modules; now it reads a few files. Code splitting keeps every command, writer and package
//      in the chunk its `import()` loads (src/cli/execute.ts), so `--help` or `validate` never loads docx;
//   3. the shipped profiles' narrative templates, precompiled next to both, and the parts every .docx shares, as
//      docx writes them, so that a run does not load docx (scripts/precompile-templates.mjs).
//
// Options: --out-dir DIR (tests build a private copy), --cli-only (steps 2 and 3 for dist/bin alone: no tsc),
// --tolerate-type-errors (tsc still writes every file; packing a working tree with type errors elsewhere is the
// typecheck's business, not the packer's).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { precompileDocxParts, precompileTemplates } from './precompile-templates.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle's entry points, all written flat into dist/bin/ with the chunks: code locating a file by
 * `import.meta.url` then finds it next to whichever chunk it landed in (src/cli/batch.ts: ./batch-worker.js,
 * src/serve/pool.ts: ./worker.js, src/document/narrative/precompiled.ts: ./precompiled-specs.cjs).
 */
const ENTRIES = {
  yusuan: 'bin/yusuan.ts',
  'batch-worker': 'src/cli/batch-worker.ts',
  worker: 'src/serve/worker.ts',
};

/**
 * Left to Node at run time (both are dependencies): pdfjs-dist finds its own worker, CMaps and fonts by path
 * (src/audit/pdf/read-pdf.ts); exceljs is loaded with createRequire, one class file at a time (src/model/excel-workbook.ts).
 */
const EXTERNAL = ['pdfjs-dist', 'exceljs'];

const { values: options } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: join(root, 'dist') },
    'cli-only': { type: 'boolean', default: false },
    'tolerate-type-errors': { type: 'boolean', default: false },
  },
});
const out = resolve(options['out-dir']);
const binDir = join(out, 'bin');

if (!options['cli-only']) compileLibrary();
const files = await bundleCli();
const specs = [binDir, ...(options['cli-only'] ? [] : [join(out, 'src', 'document', 'narrative')])];
const templates = await precompileTemplates(root, specs);
const docxTargets = [binDir, ...(options['cli-only'] ? [] : [join(out, 'src', 'render', 'docx')])];
const docxParts = await precompileDocxParts(root, docxTargets);
process.stderr.write(`bundled the CLI into ${files} files in ${shown(binDir)}; precompiled ${templates} (${specs.map(shown).join(', ')}) and ${docxParts} (${docxTargets.map(shown).join(', ')})\n`);

/** A path as the build's messages show it: relative to the repository when inside it. */
function shown(path) {
  const inside = relative(root, path);
  return inside.startsWith('..') ? path : inside;
}

/** Step 1: tsc, as tsconfig.build.json says (src/ only; the bin is the bundle's). */
function compileLibrary() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && !options['tolerate-type-errors']) process.exit(result.status ?? 1);
}

/** Step 2: esbuild; returns how many .js files the bundle has. */
async function bundleCli() {
  // Chunk names carry a content hash: clear the old ones, and any tsc output an earlier build left here.
  rmSync(binDir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    entryNames: '[name]',
    outdir: binDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Linked maps, without the sources themselves: `--debug` turns them on for its stack traces (bin/yusuan.ts).
    sourcemap: 'linked',
    sourcesContent: false,
    // The bundled packages' licence comments, gathered at the end of each file that holds their code.
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')).length;
}
