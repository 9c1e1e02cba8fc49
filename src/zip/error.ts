/** Why a zip cannot be read: the data behind a ZipError, for callers that word it their own way. */
export type ZipProblem =
  | { kind: 'not-a-zip' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'unsupported'; entry: string; method: number }
  | { kind: 'too-many-entries'; count: number; limit: number }
  | { kind: 'too-large'; entry?: string; bytes: number; limit: number }
  | { kind: 'ratio'; entry: string; limit: number }
  | { kind: 'understated'; entry: string; declared: number };

/** A zip that cannot be read or breaks a limit; the message is Chinese and complete, `problem` carries the data. */
export class ZipError extends Error {
  override name = 'ZipError';

  constructor(readonly problem: ZipProblem) {
    super(describeZipProblem(problem));
  }
}

const HOSTILE = '可能是恶意构造的压缩包';

/** The problem in one Chinese sentence. */
export function describeZipProblem(problem: ZipProblem): string {
  switch (problem.kind) {
    case 'not-a-zip':
      return '不是 zip 压缩包（找不到压缩包目录）';
    case 'corrupt':
      return `压缩包已损坏：${problem.detail}`;
    case 'unsupported':
      return `压缩包中的“${problem.entry}”已加密或使用了不支持的压缩方式（${problem.method}）`;
    case 'too-many-entries':
      return `压缩包内有 ${problem.count} 个条目，超过上限 ${problem.limit} 个，${HOSTILE}`;
    case 'too-large':
      return problem.entry === undefined
        ? `压缩包解压后过大（至少 ${mb(problem.bytes)}，上限为 ${mb(problem.limit)}），${HOSTILE}`
        : `压缩包中的“${problem.entry}”解压后过大（至少 ${mb(problem.bytes)}，单个条目上限为 ${mb(problem.limit)}），${HOSTILE}`;
    case 'ratio':
      return `压缩包中的“${problem.entry}”压缩比超过 ${problem.limit} 倍，${HOSTILE}`;
    case 'understated':
      return `压缩包中的“${problem.entry}”解压后超过目录声明的 ${problem.declared} 字节，${HOSTILE}`;
  }
}

/** Bytes as `12.3 MB` (MiB, as the limits are set). */
function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
