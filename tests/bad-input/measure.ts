import { execute } from '../../src/cli/execute.js';

/*
 * Runs one command line in this process and prints, as JSON, its exit code, what it wrote to stderr and stdout,
 * and the process's peak resident memory (MB): the cost tests run the CLI in a child process through this.
 */
let stdout = '';
let stderr = '';
const code = await execute(process.argv.slice(2), {
  stdout: (text) => void (stdout += text),
  stderr: (text) => void (stderr += text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
});
process.stdout.write(JSON.stringify({ code, stdout, stderr, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
