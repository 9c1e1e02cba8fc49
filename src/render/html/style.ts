/** How the HTML document looks (shared by `--format html` and the page of `yusuan serve`): A4-like, 仿宋 body. */
export const DOCUMENT_CSS = `
.document { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.8; color: #111; }
.document .part { background: #fff; max-width: 60em; margin: 0 auto 2em; padding: 2em 3em; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.document .part-title { text-align: center; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.5em; font-weight: normal; }
.document .part-title span { display: block; }
.document h2.heading { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.1em; font-weight: normal; margin: 1em 0 .3em; }
.document h3.heading { font-family: "KaiTi", "楷体", serif; font-size: 1.05em; font-weight: normal; margin: .8em 0 .3em; }
.document p.paragraph { margin: 0; text-indent: 2em; }
.document p.paragraph.plain, .document p.paragraph.list { text-indent: 0; }
.document p.paragraph.bold { text-indent: 0; font-weight: bold; }
.document .toc ul { list-style: none; padding: 0; }
.document .toc .toc-2 { padding-left: 2em; }
.document .toc .toc-3 { padding-left: 4em; }
.document figure.table { margin: 2em 0; }
.document .table-label { font-family: "SimHei", "黑体", sans-serif; }
.document figcaption { text-align: center; font-family: "SimHei", "黑体", sans-serif; font-size: 1.2em; }
.document .name-line { display: flex; justify-content: space-between; font-size: .9em; }
.document .grid-scroll { overflow-x: auto; }
.document table { border-collapse: collapse; width: 100%; font-size: .8em; line-height: 1.4; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; }
.document figure.dense table { font-size: .7em; }
.document th, .document td { border: 1px solid #333; padding: .2em .4em; vertical-align: middle; }
.document th { font-weight: normal; text-align: center; background: #f3f3f3; }
.document td.left { text-align: left; } .document td.center { text-align: center; } .document td.right { text-align: right; }
.document td.bold { font-weight: bold; }
.document .table-note { font-size: .85em; text-indent: 0; }
.document [data-figure] { cursor: pointer; }
.document [data-figure]:hover { background: #fff3c4; }
.document [data-figure]:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.document [data-figure].selected { background: #ffe08a; }
`;
