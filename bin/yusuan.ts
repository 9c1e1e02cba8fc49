#!/usr/bin/env node
import { execute } from '../src/cli/execute.js';
import { installInterruptHandlers } from '../src/cli/interrupts.js';

installInterruptHandlers();

const code = await execute(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
