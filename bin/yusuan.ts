#!/usr/bin/env node
// The built CLI is a bundle (scripts/build.mjs): its stack traces name chunk files unless Node maps them back to the
// sources through the linked .map files. `--debug` prints stack traces, so it turns the mapping on; only modules
// loaded after this line are mapped, hence the CLI itself is imported below rather than at the top.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const [{ execute }, { installInterruptHandlers }] = await Promise.all([import('../src/cli/execute.js'), import('../src/cli/interrupts.js')]);

installInterruptHandlers();
// `yusuan … | head`: a closed pipe ends the output, not the program with a stack trace.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await execute(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
