import { DOCUMENT_CSS } from '../../render/html/style.js';

/** The page's look, then the document's (the same as `--format html`). */
export const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; background: #eef1f5; color: #1b1b1b; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1em; top: 1em; background: #fff; padding: .5em; z-index: 10; }
.top { background: #1a5fb4; color: #fff; padding: 1em 2em; }
.top h1 { margin: 0 0 .3em; font-size: 1.4em; } .top p { margin: 0; }
main { max-width: 80em; margin: 0 auto; padding: 1em; }
.card { background: #fff; border-radius: 6px; padding: 1em 1.5em; margin-bottom: 1em; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
.drop { border: 2px dashed #8aa; border-radius: 6px; padding: 1.5em; text-align: center; }
.drop.over { background: #e6f0ff; border-color: #1a5fb4; }
button, input, select { font: inherit; }
button { background: #1a5fb4; color: #fff; border: 0; border-radius: 4px; padding: .4em 1em; cursor: pointer; }
button:disabled { background: #999; cursor: default; }
:focus-visible { outline: 3px solid #e66100; outline-offset: 2px; }
.row { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; margin: .5em 0; }
.status { white-space: pre-wrap; }
.status.error, .error-text { color: #a51d2d; }
.units { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5em; }
.units button { background: #f0f3f8; color: #1b1b1b; border: 1px solid #b6c2d4; text-align: left; }
.units button[aria-pressed="true"] { background: #1a5fb4; color: #fff; }
.units .failed { color: #a51d2d; }
.ledger { color: #444; white-space: pre-wrap; }
.findings { list-style: none; padding: 0; max-height: 24em; overflow: auto; }
.findings li { margin: .2em 0; }
.findings button { background: none; color: inherit; text-align: left; padding: .3em .5em; border-left: 4px solid #ccc; width: 100%; }
.findings .error button { border-color: #c01c28; } .findings .warning button { border-color: #e5a50a; } .findings .info button { border-color: #3584e4; }
.findings button:hover { background: #f4f6fa; }
.severity { font-weight: bold; margin-right: .5em; }
.error .severity { color: #c01c28; } .warning .severity { color: #9c6d00; } .info .severity { color: #1a5fb4; }
.sheet-scroll { overflow: auto; max-height: 28em; border: 1px solid #ccc; }
.sheet table { border-collapse: collapse; font-size: .85em; }
.sheet th, .sheet td { border: 1px solid #d0d0d0; padding: .15em .4em; white-space: nowrap; max-width: 20em; overflow: hidden; text-overflow: ellipsis; }
.sheet th { background: #f0f0f0; font-weight: normal; color: #555; }
.sheet td.hit { background: #ffd54d; outline: 3px solid #c01c28; outline-offset: -3px; }
.formats { border: 1px solid #ccc; border-radius: 4px; }
.formats label { margin-right: 1.5em; }
.downloads a { display: inline-block; margin: .2em 0; }
.hint { color: #555; }
.audit-text { white-space: pre-wrap; background: #f6f6f6; padding: 1em; max-height: 40em; overflow: auto; }
.preview { background: #e4e7ec; padding: 1em; max-height: 60em; overflow: auto; }
.explain { position: fixed; right: 0; top: 0; bottom: 0; width: min(32em, 100%); background: #fff; box-shadow: -2px 0 8px rgba(0,0,0,.2); padding: 1em; overflow: auto; z-index: 5; }
.explain .close { position: absolute; right: 1em; top: 1em; }
.explain pre { white-space: pre-wrap; font-family: inherit; }
.input-cells { list-style: none; padding: 0; } .input-cells li { margin: .3em 0; }
${DOCUMENT_CSS}
`;
