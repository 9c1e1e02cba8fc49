import { formatPath } from '../model/diagnostic.js';
import { DEFAULT_LIMITS, type InputLimits } from './limits.js';
import { fileError, type ReadResult } from './source.js';
import { duplicateKeys, mayRepeatKeys } from './json-duplicates.js';
import { jsonErrorOffset, lineColumn, TOO_DEEP } from './json-locate.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON input: size limit, BOM, UTF-8 only (GBK is named as such), syntax errors with line and column, and
 * duplicated keys (JSON.parse keeps the last silently) as errors at their path.
 */
export function readJson(bytes: Uint8Array, name: string, limits: InputLimits = DEFAULT_LIMITS): ReadResult {
  if (bytes.byteLength > limits.maxFileBytes) {
    return { diagnostics: [fileError('S04', name, `文件过大（${mb(bytes.byteLength)}），上限为 ${mb(limits.maxFileBytes)}`)] };
  }
  if (utf16WithoutBom(bytes)) {
    return { diagnostics: [fileError('S03', name, '文件是 UTF-16 编码且没有字节顺序标记（BOM）：请用记事本或编辑器“另存为 UTF-8”后重试')] };
  }
  const decoded = decode(bytes);
  if (decoded === undefined) {
    return {
      diagnostics: [fileError('S03', name, '文件不是 UTF-8 编码（可能是 GBK/GB2312）：请用记事本或编辑器“另存为 UTF-8”后重试')],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(decoded);
  } catch {
    return { diagnostics: [fileError('S02', name, syntaxMessage(decoded))] };
  }
  return {
    source: { name, format: 'json', data, locate: (path) => ({ kind: 'json', path: formatPath(path) }), printable: !POLICY_MAY_ACT.test(decoded) },
    // Most files repeat no key, as counting their keys shows: only the others are scanned for where.
    diagnostics: (mayRepeatKeys(decoded, data) ? duplicateKeys(decoded) : []).map((d) => ({
      rule: 'S02',
      severity: 'error',
      at: { kind: 'json', path: d.path },
      message: `同一对象中的键重复出现（第 ${d.at.line} 行第 ${d.at.column} 列；前一次在第 ${d.first.line} 行第 ${d.first.column} 列）：JSON 只会取最后一个值，请删去多余的一个`,
    })),
  };
}

/**
 * What in a JSON text can put a character the text policy acts on (text-policy.ts ATTENTION) into a parsed string: an
 * escape (`\n`, `\u0000`), or such a character written as it is (a control character outside a string is only
 * whitespace between values, and JSON.parse refuses one inside).
 */
const POLICY_MAY_ACT = /[\\\u007f-\u009f\u2028\u2029\ufffe\uffff\ud800-\udfff]/;

function decode(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    const text = UTF8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** UTF-16 text without a BOM: JSON is mostly ASCII, so every other byte (one parity only) of its start is 0. */
function utf16WithoutBom(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64);
  if (head.length < 4 || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  return Math.max(even, odd) >= head.length / 4 && Math.min(even, odd) <= Math.max(even, odd) / 8;
}

/** `JSON 语法错误（第 3 行第 14 列）：…`, located by our own scan (the engine's message has no position on Node 20). */
function syntaxMessage(text: string): string {
  if (text.trim() === '') return 'JSON 语法错误：文件是空的';
  const offset = jsonErrorOffset(text);
  if (offset === TOO_DEEP) return 'JSON 语法错误：括号嵌套层数过多，无法定位出错位置（请检查括号是否配对）';
  if (offset < 0) return 'JSON 语法错误：无法解析';
  if (offset >= text.length) return 'JSON 语法错误（文件末尾）：内容不完整，可能缺少右括号或引号';
  const { line, column } = lineColumn(text, offset);
  const near = JSON.stringify(text.slice(offset, offset + 12));
  return `JSON 语法错误（第 ${line} 行第 ${column} 列，${near} 处）：请检查该处附近的逗号、引号和括号`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
