// Preloaded into the CLI under test (node --import): writes the process's peak RSS (KB, all threads) on exit.
import { writeFileSync } from 'node:fs';

const target = process.env.YUSUAN_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
