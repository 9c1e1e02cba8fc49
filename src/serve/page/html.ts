/** The page itself: Chinese, no outside resources, every control a real button, link or labelled input. */
export const PAGE_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>预算公开文档生成器</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header class="top">
  <h1>预算公开文档生成器</h1>
  <p>在本机运行：文件只保存在这台电脑的临时目录中，关闭服务后删除，不会上传到任何地方。</p>
</header>
<main id="main">
  <section class="card" aria-labelledby="start-title">
    <h2 id="start-title">第一步：选择填报文件</h2>
    <div id="drop" class="drop">
      <p>把填报表（.xlsx）或填报数据（.json）拖到这里，可以一次放多个单位的文件；要审查已公开的文档，放入 .docx 或 .pdf。或者：</p>
      <label for="files">选择文件</label>
      <input type="file" id="files" name="files" multiple accept=".xlsx,.json,.docx,.pdf">
    </div>
    <p>
      <label for="profile">模板</label>
      <select id="profile"><option value="">按填报数据和年度自动选择</option></select>
      <label for="profile-zip">或上传自己的模板（把模板目录打包成 .zip）</label>
      <input type="file" id="profile-zip" accept=".zip">
    </p>
    <details>
      <summary>还没有填报表？</summary>
      <form id="init-form" class="row">
        <label for="init-year">年度</label> <input type="number" id="init-year" min="2000" max="2100" required>
        <label for="init-scope">范围</label>
        <select id="init-scope"><option>部门</option><option>单位</option></select>
        <button type="submit">下载空白填报表</button>
      </form>
      <form id="init-from-form" class="row">
        <label for="init-from">从去年的公开文档（.docx、.pdf）或填报文件（.xlsx、.json）开始</label>
        <input type="file" id="init-from" accept=".docx,.pdf,.xlsx,.json" required>
        <button type="submit">生成预填的填报表</button>
      </form>
    </details>
    <p id="status" class="status" role="status" aria-live="polite"></p>
  </section>

  <section id="units-card" class="card" aria-labelledby="units-title" hidden>
    <h2 id="units-title">已上传的单位</h2>
    <ul id="units" class="units"></ul>
    <div id="batch" class="row" hidden>
      <button type="button" id="generate-all">全部生成并打包下载</button>
      <progress id="batch-progress" max="1" value="0" hidden></progress>
      <span id="batch-status" role="status" aria-live="polite"></span>
    </div>
  </section>

  <section id="unit" class="card" aria-labelledby="unit-title" hidden>
    <h2 id="unit-title" tabindex="-1"></h2>
    <p id="ledger" class="ledger"></p>
    <h3>第二步：检查问题</h3>
    <p id="findings-summary"></p>
    <ul id="findings" class="findings"></ul>
    <div id="sheet" class="sheet" hidden aria-live="polite">
      <h4 id="sheet-title"></h4>
      <div class="sheet-scroll"><table id="sheet-table"></table></div>
    </div>
    <div id="audit-part" hidden>
      <h3>审查报告</h3>
      <p><a id="audit-report" href="#">下载审查报告</a></p>
      <pre id="audit-text" class="audit-text"></pre>
    </div>
    <div id="generate-part">
    <h3>第三步：生成并下载</h3>
    <fieldset class="formats">
      <legend>输出格式</legend>
      <label><input type="checkbox" name="format" value="docx" checked> Word（.docx）</label>
      <label><input type="checkbox" name="format" value="xlsx" checked> Excel（.xlsx）</label>
      <label><input type="checkbox" name="format" value="pdf" id="format-pdf"> PDF <span id="pdf-note">（需要本机装有 LibreOffice）</span></label>
    </fieldset>
    <p class="row"><button type="button" id="generate">生成文档</button> <span id="generate-status" role="status" aria-live="polite"></span></p>
    <ul id="downloads" class="downloads"></ul>
    <h3>文档预览</h3>
    <p class="hint">点击（或用 Tab 选中后按回车）文档中的任一数字，查看它的公式和读取的填报单元格。</p>
    <div id="preview" class="document preview"></div>
    </div>
  </section>
</main>
<aside id="explain" class="explain" aria-labelledby="explain-title" hidden>
  <h2 id="explain-title">这个数字从哪里来</h2>
  <button type="button" id="explain-close" class="close">关闭</button>
  <div id="explain-body"></div>
</aside>
</body>
</html>
`;
