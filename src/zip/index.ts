/*
 * The one zip layer: every zip the tool reads or writes (input workbooks, .docx and .xlsx output, `yusuan verify`)
 * goes through here, on node:zlib. Reading is held to ZipLimits while inflating.
 */
export { openZip, readZip, ZipArchive, type ZipEntry } from './archive.js';
export { ZipError, describeZipProblem, type ZipProblem } from './error.js';
export { DEFAULT_ZIP_LIMITS, RATIO_GRACE_BYTES, type ZipLimits } from './limits.js';
export { Deflated, deflatedOnce, deflatedText, writeZip, type ZipSource } from './write.js';
