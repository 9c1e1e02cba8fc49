import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { whileRunning } from './interrupt.js';
import { LIBRARY_INDEX, MACRO_MODULE } from './pdf-macro.js';
import { exists, findSoffice, PdfTimeoutError, PdfToolError, run, stopTree, TIMEOUT_MS } from './soffice.js';

export { findSoffice, knownLocations, PdfTimeoutError, PdfToolError, sofficeCandidates } from './soffice.js';

/** A conversion's result: the PDF's path, and the 目录's lines as LibreOffice laid them out (when it wrote them). */
export interface PdfLayout {
  pdf: string;
  toc?: string[];
}

/**
 * .docx → PDF with LibreOffice headless, in a private profile (so runs never share or lock one), through a
 * Basic macro that loads the file, updates every index twice (the 目录 gets its page numbers; a plain
 * `--convert-to pdf` keeps the stale field result) and exports with writer_pdf_Export.
 * Returns the PDF's path: `outDir/<name>.pdf`.
 */
export async function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  return (await convertWithLayout(docxPath, outDir)).pdf;
}

/**
 * `convertToPdf`, also returning the 目录's lines as laid out (the layout pass the .docx takes its page numbers from).
 * One LibreOffice per thread converts every document in turn (Office): starting LibreOffice costs about a second,
 * as much as converting a document.
 */
export async function convertWithLayout(docxPath: string, outDir: string): Promise<PdfLayout> {
  return (office ??= new Office()).convert(docxPath, outDir);
}

/** Stops this thread's LibreOffice, if one runs, and removes its folder (tests; the CLI does it on exit). */
export function closeOffice(): void {
  office?.close();
  office = undefined;
}

let office: Office | undefined;

// A library caller's process (the CLI also stops it, with every other cleanup, on exit and on an interrupt).
process.once('exit', () => closeOffice());

/** A running LibreOffice and the private folder of its profile, jobs and documents. */
interface Running {
  work: string;
  jobs: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Who stopped it: yusuan (interrupt, close, hang: a waiting job does not start another) or itself (exited). */
  stopped: { by?: 'interrupt' | 'close' | 'hang' | 'exited' };
  release: () => void;
}

/**
 * One LibreOffice kept running for many documents: started on the first conversion with the `Serve` macro
 * (pdf-macro.ts), it takes one job at a time through files in its own folder. A job that does not finish in time
 * stops it (PdfTimeoutError) and the next job starts a new one; one that ends because LibreOffice quit is retried
 * once in a new one. It is stopped, and its folder removed, on an interrupt or exit of yusuan (interrupt.ts), when
 * its thread's batch ends, and by itself after a while without work.
 */
class Office {
  private running: Promise<Running> | undefined;
  /** The LibreOffice `running` resolved to, once it has. */
  private current: Running | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private jobs = 0;

  convert(docxPath: string, outDir: string): Promise<PdfLayout> {
    const job = this.queue.then(() => this.convertNow(docxPath, outDir, true));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Synchronous, so it can run on exit. */
  close(): void {
    if (this.current) stopRunning(this.current, 'close');
    this.current = undefined;
    this.running = undefined;
  }

  /**
   * Forgets a LibreOffice that stopped or hangs, stopping it and removing its folder; the next job starts another.
   * Jobs run one at a time (the queue), so the one being forgotten is the current one.
   */
  private discard(running: Running, by: 'close' | 'hang'): void {
    this.running = undefined;
    this.current = undefined;
    stopRunning(running, by);
  }

  private async convertNow(docxPath: string, outDir: string, retry: boolean): Promise<PdfLayout> {
    const running = await (this.running ??= this.start());
    this.current = running;
    const n = ++this.jobs;
    // ASCII names inside our own folder: the job file's URLs then need no quoting or escaping.
    const input = join(running.work, `in-${n}.docx`);
    const output = join(running.work, `out-${n}.pdf`);
    const toc = join(running.work, `toc-${n}.txt`);
    try {
      await copyFile(docxPath, input);
      await writeFile(join(running.jobs, 'job.tmp'), `${[input, output, toc].map((path) => pathToFileURL(path).href).join('\n')}\nend\n`);
      await rename(join(running.jobs, 'job.tmp'), join(running.jobs, 'job.txt'));
      const outcome = await waitForDone(running);
      if (outcome === 'exited') {
        // Stopped by yusuan, or quit by itself (idle too long, or crashed): a new one takes the job, once.
        const stoppedBy = running.stopped.by;
        const log = await logOf(running);
        this.discard(running, 'close');
        if (stoppedBy === 'interrupt' || stoppedBy === 'close') throw new PdfToolError('已中断，LibreOffice 已停止。');
        if (retry) return await this.convertNow(docxPath, outDir, false);
        throw new PdfToolError(`LibreOffice 在转换 ${basename(docxPath)} 时意外退出。${log}`);
      }
      if (outcome === 'hang') {
        this.discard(running, 'hang');
        throw PdfTimeoutError.after(TIMEOUT_MS);
      }
      await rm(join(running.jobs, 'done.txt'), { force: true });
      if (!(await exists(output)) || (await stat(output)).size === 0) {
        throw new PdfToolError(`LibreOffice 未能把 ${basename(docxPath)} 转换为 PDF。${await logOf(running)}`);
      }
      const target = join(outDir, `${basename(docxPath, extname(docxPath))}.pdf`);
      await rename(output, target).catch(async () => copyFile(output, target));
      const lines = await readFile(toc, 'utf8').then(
        (text) => text.split(/\r?\n/).filter((line) => line.trim() !== ''),
        () => undefined,
      );
      return { pdf: target, ...(lines ? { toc: lines } : {}) };
    } finally {
      await Promise.all([input, output, toc].map((path) => rm(path, { force: true })));
    }
  }

  /** Creates the private profile, puts the macro in and starts LibreOffice serving the jobs folder. */
  private async start(): Promise<Running> {
    const soffice = await findSoffice();
    const work = await mkdtemp(join(tmpdir(), 'yusuan-lo-'));
    const stopped: Running['stopped'] = {};
    let child: ChildProcess | undefined;
    const windows = process.platform === 'win32';
    const release = whileRunning(() => {
      stopped.by ??= 'interrupt';
      if (child?.pid && child.exitCode === null) stopTree(child.pid, windows);
      rmSync(work, { recursive: true, force: true });
    });
    try {
      const profile = pathToFileURL(join(work, 'profile')).href;
      // A fresh profile resets user/basic on first start, so create it first, then put the macro in.
      // LibreOffice's own temp files (lu*.tmp) go inside our folder, so they go with it however the run ends.
      const temp = join(work, 'tmp');
      await mkdir(temp);
      const env = { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp };
      await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--terminate_after_init'], env);
      const library = join(work, 'profile', 'user', 'basic', 'Standard');
      await mkdir(library, { recursive: true });
      await writeFile(join(library, 'script.xlb'), LIBRARY_INDEX);
      await writeFile(join(library, 'Module1.xba'), MACRO_MODULE);
      const jobs = join(work, 'jobs');
      await mkdir(jobs);
      const log = openSync(join(work, 'soffice.log'), 'w');
      const serve = `macro:///Standard.Module1.Serve("${pathToFileURL(jobs).href}")`;
      // Its own process group (soffice starts soffice.bin, so only the group can be stopped whole); not waited for.
      child = spawn(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--invisible', '--nologo', '--norestore', serve], {
        stdio: ['ignore', log, log],
        env,
        detached: !windows,
        windowsHide: true,
      });
      closeSync(log);
      child.unref();
      const started = child;
      const exited = new Promise<void>((resolve) => {
        started.once('exit', () => resolve());
        started.once('error', () => resolve());
      });
      const running: Running = { work, jobs, child: started, exited, stopped, release };
      // Quit by itself (idle, or crashed) while yusuan goes on: its folder goes with it.
      void exited.then(() => {
        if (!stopped.by) stopRunning(running, 'exited');
      });
      return running;
    } catch (error) {
      release();
      if (child?.pid && child.exitCode === null) stopTree(child.pid, windows);
      await rm(work, { recursive: true, force: true });
      throw error;
    }
  }
}

/** Waits for the running LibreOffice to answer the job: done, exited, or no answer within the timeout. */
async function waitForDone(running: Running): Promise<'done' | 'exited' | 'hang'> {
  const done = join(running.jobs, 'done.txt');
  const deadline = Date.now() + TIMEOUT_MS;
  let exited = false;
  void running.exited.then(() => (exited = true));
  for (;;) {
    if (await exists(done)) return 'done';
    if (exited) return 'exited';
    if (Date.now() > deadline) return 'hang';
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** How often yusuan looks for LibreOffice's answer, in ms. */
const POLL_MS = 20;

/** Stops a running LibreOffice and removes its folder. */
function stopRunning(running: Running, by: 'close' | 'hang' | 'exited'): void {
  running.stopped.by ??= by;
  if (running.child.pid && running.child.exitCode === null) stopTree(running.child.pid, process.platform === 'win32');
  rmSync(running.work, { recursive: true, force: true });
  running.release();
}

/** What LibreOffice printed, for a failure message (empty when nothing). */
async function logOf(running: Running): Promise<string> {
  const text = await readFile(join(running.work, 'soffice.log'), 'utf8').catch(() => '');
  const useful = text.split(/\r?\n/).filter((line) => line.trim() && !/javaldx/.test(line)).join('\n');
  return useful ? `\n${useful}` : '';
}
