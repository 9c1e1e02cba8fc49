import type { BudgetDocument } from '../../document/model.js';
import { documentToHtml, escapeHtml } from './document.js';
import { DOCUMENT_CSS } from './style.js';

/** A standalone page of the document (`--format html`): UTF-8, no scripts, no outside resources. */
export function documentPage(document: BudgetDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.meta.title)}</title>`,
    `<style>body { background: #eee; margin: 0; padding: 2em 0; }${DOCUMENT_CSS}</style>`,
    '</head>',
    `<body><main class="document">\n${documentToHtml(document)}\n</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
