// yusuan as a library, from outside src/: `import … from 'yusuan'` resolves through package.json "exports" to the
// built dist/ (run `npm run build` first). Nothing is written: every file comes back as bytes.
//
//   node examples/api/generate.mjs [input.json|填报表.xlsx] [formats, e.g. docx,xlsx,fdp]
import { fileURLToPath } from 'node:url';
import { FORMATS, formatDiagnostic, generate, validate } from 'yusuan';

const input = process.argv[2] ?? fileURLToPath(new URL('../000-luoyang-2022/input.json', import.meta.url));
const formats = (process.argv[3] ?? 'docx,xlsx,fdp').split(',');

const checked = await validate(input);
const errors = checked.diagnostics.filter((d) => d.severity === 'error');
console.log(`校验：${checked.diagnostics.length} 条诊断（错误 ${errors.length} 条）`);
for (const d of errors) console.log(`  ${formatDiagnostic(d)}`);

const generated = await generate(input, { formats });
console.log(`生成（可选格式：${FORMATS.join('、')}）：${generated.document?.meta.title ?? '未生成文档'}`);
for (const file of generated.files) console.log(`  ${file.name}\t${file.bytes.length} 字节`);
console.log(`诊断：${generated.diagnostics.length} 条`);
process.exitCode = generated.files.length > 0 ? 0 : 1;
