import { spawn } from 'node:child_process';
import { access, constants, copyFile, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice is missing or failed: not a yusuan bug, so the CLI prints the message (with what to do) as is. */
export class PdfToolError extends Error {
  override name = 'PdfToolError';
}

/** How long one conversion may take before LibreOffice is stopped. */
const TIMEOUT_MS = 180_000;

/**
 * .docx → PDF with LibreOffice headless, in a private profile (so runs never share or lock one), through a
 * Basic macro that loads the file, updates every index twice (the 目录 gets its page numbers; a plain
 * `--convert-to pdf` keeps the stale field result) and exports with writer_pdf_Export.
 * Returns the PDF's path: `outDir/<name>.pdf`.
 */
export async function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  const soffice = await findSoffice();
  const work = await mkdtemp(join(tmpdir(), 'yusuan-lo-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    // A fresh profile resets user/basic on first start, so create it first, then put the macro in.
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--terminate_after_init']);
    const library = join(work, 'profile', 'user', 'basic', 'Standard');
    await mkdir(library, { recursive: true });
    await writeFile(join(library, 'script.xlb'), LIBRARY_INDEX);
    await writeFile(join(library, 'Module1.xba'), MACRO_MODULE);
    // ASCII names inside our own folder: the macro URL's arguments then need no quoting or escaping.
    const input = join(work, 'in.docx');
    const output = join(work, 'out.pdf');
    await copyFile(docxPath, input);
    const macro = `macro:///Standard.Module1.ConvertToPdf("${pathToFileURL(input).href}","${pathToFileURL(output).href}")`;
    const log = await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--invisible', '--nologo', '--norestore', macro]);
    if (!(await exists(output)) || (await stat(output)).size === 0) {
      throw new PdfToolError(`LibreOffice 未能把 ${basename(docxPath)} 转换为 PDF。${log.trim() ? `\n${log.trim()}` : ''}`);
    }
    const target = join(outDir, `${basename(docxPath, extname(docxPath))}.pdf`);
    await rename(output, target).catch(async () => copyFile(output, target));
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const KNOWN_LOCATIONS = ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** The soffice binary: $YUSUAN_SOFFICE, then soffice/libreoffice on PATH, then the usual install folders. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env, known: readonly string[] = KNOWN_LOCATIONS): Promise<string> {
  const fromEnv = env.YUSUAN_SOFFICE;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => [join(dir, 'soffice'), join(dir, 'libreoffice')]);
  for (const candidate of [...(fromEnv ? [fromEnv] : []), ...onPath, ...known]) {
    if (await exists(candidate, constants.X_OK)) return candidate;
  }
  throw new PdfToolError(
    '生成 PDF 需要 LibreOffice（soffice），但本机没有找到。\n' +
      '在 Debian/Ubuntu 上运行 scripts/install-pdf-tools.sh（需要 root）即可安装 LibreOffice、中文字体和字体别名；\n' +
      '其他系统请安装 LibreOffice，并把 soffice 加入 PATH，或设置环境变量 YUSUAN_SOFFICE 指向它。\n' +
      '不需要 PDF 时，去掉 --format 中的 pdf 即可。',
  );
}

async function exists(path: string, mode: number = constants.F_OK): Promise<boolean> {
  return access(path, mode).then(
    () => true,
    () => false,
  );
}

/** Runs soffice in its own process group and resolves with its output; stops the whole group on timeout. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new PdfToolError(`LibreOffice 在 ${TIMEOUT_MS / 1000} 秒内没有完成转换，已停止。`));
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PdfToolError(`无法启动 LibreOffice（${command}）：${error.message}`));
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

/** The Standard library's module list (what LibreOffice itself writes on first start). */
const LIBRARY_INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
</library:library>
`;

/** The Basic module run inside LibreOffice: load hidden, update indexes and fields, export, close. */
const MACRO_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub ConvertToPdf(inUrl As String, outUrl As String)
  On Error GoTo Failed
  Dim loadProps(0) As New com.sun.star.beans.PropertyValue
  loadProps(0).Name = &quot;Hidden&quot;
  loadProps(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadProps())
  oIndexes = oDoc.getDocumentIndexes()
  For pass = 1 To 2
    For i = 0 To oIndexes.getCount() - 1
      oIndexes.getByIndex(i).update()
    Next i
  Next pass
  oDoc.getTextFields().refresh()
  Dim exportProps(0) As New com.sun.star.beans.PropertyValue
  exportProps(0).Name = &quot;FilterName&quot;
  exportProps(0).Value = &quot;writer_pdf_Export&quot;
  oDoc.storeToURL(outUrl, exportProps())
  oDoc.close(True)
  Exit Sub
Failed:
  If Not IsNull(oDoc) Then oDoc.close(True)
End Sub
</script:module>
`;
