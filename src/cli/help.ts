import { FORMATS, WRITERS } from '../render/writers/index.js';
import { DEFAULT_NAME_PATTERN, NAME_PLACEHOLDERS } from './output-names.js';

/** Chinese help text, with examples (issue: the officer's path). */
export const HELP = `yusuan —— 部门预算公开文档生成器

用法：
  yusuan generate <文件或目录>… [-o 输出目录] [--format ${FORMATS.join(',')}] [--force] [--profile 模板] [--name 命名方式]
      校验填报数据并生成预算公开文档（默认 docx + xlsx，写入 output/）。
      多个文件或一个目录即为批量生成，每个单位独立处理。
  yusuan validate <文件>… [--json]
      只做校验：按严重程度分组列出问题及位置。有错误时退出码为 1。
  yusuan explain <文件> [<引用>…] [--json]
      说明打印的数字从何而来：打印值、精确值、公式，以及它读取的每个填报单元格（逐层展开）。
      引用写法：预算05!D12（表号加 Excel 单元格）、"预算01 支出总计"（表号加行列名称）、"三公经费 增长率"（说明中的数字）。
  yusuan init [-o 预算填报.xlsx] [--year 2025] [--scope 部门|单位] [--from input.json|去年的填报表.xlsx|去年的公开文档.pdf]
      生成一份空白（或预填的）Excel 填报表。--from 去年的填报表.xlsx 时年度加 1，去年的计算结果填入“上年数”。
      --from 去年公开的文档（.pdf、.docx、.txt）：读出单位、职责、项目编码和表格数字预填，并在填报表旁写出建议的模板目录。
  yusuan verify <文件.docx|文件.xlsx>…
      读回 yusuan 生成的 Word 文档或 Excel 工作簿，与其中内嵌的文档模型逐段、逐格比对（生成后被手工改动的
      每一处都列出位置，退出码 1），并重新运行文档一致性检查。
  yusuan audit <文件或目录>… [--json] [--profile 模板] [-o 报告目录]
      审查已公开的预算文档（.docx、.pdf 文字层、从 PDF 提取的 .txt）：识别各部分、各节和预算01–14表，
      用同一套规则检查读出的数字和文字，每个问题给出印刷位置（页/段/表·行·列）、原文和应为的值；
      读不出的内容逐项列出，不猜测。目录即批量审查，显示进度并打印汇总表；每份文档的审查报告
      （<名称>.审查报告.md）写入 -o 目录（批量时默认 output/）。有错误或文件无法读取时退出码为 1。
  yusuan serve [--port 8080] [--open] [--host 127.0.0.1]
      在本机启动网页版：拖入填报表即可看到问题及其单元格、文档预览和每个数字的来源，并下载 Word、Excel（、PDF）。
      只允许本机访问，文件保存在临时目录中，停止服务时删除。
  yusuan schema
      输出输入数据的 JSON Schema（供编辑器补全和校验）。
  yusuan profile list | show <模板> [--json] | new <目录> --extends <模板>
      模板（docs/profiles.md）：列出随附的模板；显示合并后的模板（选项、结构、表格、文字）；
      新建一个继承某模板、只写差异的模板目录。

选项：
  -o, --output <路径>   输出目录（generate）、输出文件（init）或审查报告目录（audit）
  --format <列表>       输出格式，逗号分隔（默认 docx,xlsx）：
${WRITERS.map((w) => `                          ${w.format.padEnd(5)} ${w.description}`).join('\n')}
  --force               即使校验有错误也生成文档（不建议用于正式公开）；init 时覆盖已存在的填报表
  --profile <模板>      指定模板：随附模板的 id（如 luoyang-2024）或模板目录（如 ./我的模板）
  --extends <模板>      profile new：新模板继承的模板
  --name <命名方式>     generate 输出文件的命名（默认 ${DEFAULT_NAME_PATTERN}，如“2024年XX局部门预算公开.docx”），
                        占位符：${Object.keys(NAME_PLACEHOLDERS).map((p) => `{${p}}`).join(' ')}；{文件名} 即按填报文件命名。
                        同一次运行中同名的输出依次加（2）（3），汇总中列出
  --jobs <数量>         批量 generate 同时运行的工作进程数（默认每个 CPU 核一个）
  --port <端口>         serve 的端口（默认 8080；0 表示任选一个空闲端口）
  --host <地址>         serve 绑定的地址（默认 127.0.0.1，只允许本机访问；绑定其他地址时给出警告）
  --open                serve 启动后用浏览器打开网页
  --json                validate、audit 以 JSON 输出
  --debug               出现内部错误时打印堆栈
  -h, --help            显示本帮助
  -v, --version         显示版本号

示例：
  yusuan init -o 预算填报.xlsx --year 2025 --scope 部门
  yusuan validate 预算填报.xlsx
  yusuan explain 预算填报.xlsx "预算01 支出总计" "三公经费 增长率"
  yusuan generate 预算填报.xlsx
  yusuan profile new 我的模板 --extends luoyang-2024 && yusuan generate 预算填报.xlsx --profile ./我的模板
  yusuan generate 各单位填报/ -o 公开文档 --format docx,xlsx,pdf
  yusuan serve --open

退出码：0 成功（可有警告）；1 输入有错误；2 命令行用法错误；70 内部错误（请报告此问题）。
`;
