import { DOWNLOADS_JS } from './script-downloads.js';
import { FINDINGS_JS } from './script-findings.js';

/**
 * The page's script: plain DOM, no framework, no outside resources. Kept free of backquotes and dollar-brace so
 * it can live in this template literal unchanged.
 */
const STATE_JS = String.raw`'use strict';
(function () {
  var SEVERITY = { error: '错误', warning: '警告', info: '提示' };
  var ORDER = { error: 0, warning: 1, info: 2 };
  var units = [];
  var current = null;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }

  function status(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.className = 'status' + (isError ? ' error' : '');
    s.setAttribute('role', isError ? 'alert' : 'status');
  }

  function readJson(response) {
    return response.text().then(function (text) {
      var data;
      try { data = JSON.parse(text); } catch (e) { data = { error: text || ('服务器错误（' + response.status + '）') }; }
      if (!response.ok && !data.error) data.error = '服务器错误（' + response.status + '）';
      return data;
    });
  }

  var config = { maxUpload: Infinity, maxFiles: Infinity };

  function mb(bytes) { return String(Math.round(bytes / 1048576 * 10) / 10); }

  function upload(fileList) {
    var files = Array.prototype.slice.call(fileList);
    if (!files.length) return;
    // Too large to send at all: said here, so the officer never sees a broken connection.
    var large = files.filter(function (f) { return f.size > config.maxUpload; });
    files = files.filter(function (f) { return f.size <= config.maxUpload; });
    var tooLarge = large.map(function (f) { return f.name + '：文件过大（' + mb(f.size) + ' MB），上限为 ' + mb(config.maxUpload) + ' MB'; });
    if (files.length > config.maxFiles) { status('一次最多上传 ' + config.maxFiles + ' 个文件', true); return; }
    if (!files.length) { status(tooLarge.join('\n'), true); return; }
    var form = new FormData();
    files.forEach(function (f) { form.append('files', f, f.name); });
    form.append('profile', $('profile').value);
    status('正在读取和校验 ' + files.length + ' 个文件……');
    fetch('/api/uploads', { method: 'POST', body: form }).then(readJson).then(function (data) {
      if (data.error) { status(data.error, true); return; }
      var refused = data.uploads.filter(function (u) { return u.error; }).map(function (u) { return u.fileName + '：' + u.error; }).concat(tooLarge);
      data.uploads.filter(function (u) { return !u.error; }).forEach(function (u) { units.push(u); });
      renderUnits();
      var accepted = data.uploads.filter(function (u) { return !u.error; });
      if (accepted.length) { select(accepted[0]); $('unit-title').focus(); }
      if (refused.length) status(refused.join('\n'), true);
      else status('已读取 ' + accepted.length + ' 个文件。');
    }).catch(function () { status('无法连接到本机服务，请确认 yusuan serve 仍在运行。', true); });
  }

  function findingsOf(u) { return u.audited ? u.audited.findings : u.analyzed.diagnostics; }

  function counts(u) {
    var d = findingsOf(u);
    var e = d.filter(function (x) { return x.severity === 'error'; }).length;
    var w = d.filter(function (x) { return x.severity === 'warning'; }).length;
    return { errors: e, warnings: w };
  }

  function renderUnits() {
    var list = $('units');
    list.textContent = '';
    units.forEach(function (u) {
      var c = counts(u);
      var label = (u.audited ? '审查 ' + u.fileName : (u.analyzed.title || u.fileName) + '（' + u.fileName + '）') + '：错误 ' + c.errors + '，警告 ' + c.warnings;
      var b = el('button', { type: 'button', text: label, 'aria-pressed': String(u === current), 'data-upload': u.id });
      if (c.errors) b.classList.add('failed');
      b.addEventListener('click', function () { select(u); });
      list.appendChild(el('li', {}, [b]));
    });
    $('units-card').hidden = units.length === 0;
    $('batch').hidden = units.filter(function (x) { return !x.audited; }).length < 2;
  }

  function select(u) {
    current = u;
    renderUnits();
    $('unit').hidden = false;
    $('unit').setAttribute('data-upload', u.id);
    $('sheet').hidden = true;
    $('explain').hidden = true;
    $('audit-part').hidden = !u.audited;
    $('generate-part').hidden = Boolean(u.audited);
    if (u.audited) {
      $('unit-title').textContent = '审查公开文档：' + u.fileName;
      $('ledger').textContent = u.audited.unreadable ? '无法读取：' + u.audited.unreadable : (u.audited.ledgerText || '');
      renderFindings(u.audited.findings);
      $('audit-report').setAttribute('href', '/api/files/' + u.report.id);
      $('audit-report').setAttribute('download', u.report.name);
      $('audit-report').textContent = '下载审查报告 ' + u.report.name;
      $('audit-text').textContent = u.audited.text;
      return;
    }
    var a = u.analyzed;
    $('unit-title').textContent = (a.title || '无法生成文档') + '（' + u.fileName + '）';
    $('ledger').textContent = a.ledgerText || '';
    renderFindings(a.diagnostics);
    $('sheet').hidden = true;
    $('downloads').textContent = '';
    $('generate-status').textContent = '';
    $('preview').innerHTML = a.html || '<p class="error-text">输入有错误，无法生成文档预览。请先改正上面列出的错误。</p>';
    $('explain').hidden = true;
  }
`;

/** The end of the page's script: wiring the page up once it has loaded. */
const WIRING_JS = String.raw`
  document.addEventListener('DOMContentLoaded', function () {
    $('init-year').value = String(new Date().getFullYear());
    fetch('/api/config').then(readJson).then(function (data) {
      if (data.maxUpload) config = data;
      if (data.pdf === false) {
        $('format-pdf').disabled = true;
        $('pdf-note').textContent = '（本机没有安装 LibreOffice，无法生成 PDF；安装方法见 README）';
      }
    });
    fetch('/api/profiles').then(readJson).then(function (data) {
      (data.profiles || []).forEach(function (p) { $('profile').appendChild(el('option', { value: p, text: p })); });
    });
    $('profile-zip').addEventListener('change', function (e) {
      var f = e.target.files[0];
      if (!f) return;
      var form = new FormData();
      form.append('files', f, f.name);
      status('正在读取模板 ' + f.name + '……');
      fetch('/api/profiles', { method: 'POST', body: form }).then(readJson).then(function (data) {
        e.target.value = '';
        if (data.error) { status(data.error, true); return; }
        var option = el('option', { value: data.profile.key, text: data.profile.name });
        $('profile').appendChild(option);
        $('profile').value = data.profile.key;
        status('已读取模板：' + data.profile.name + (data.skipped.length ? '（忽略了不属于模板的文件：' + data.skipped.join('、') + '）' : '') + '。之后上传的文件都用这个模板。');
      });
    });
    $('files').addEventListener('change', function (e) { upload(e.target.files); e.target.value = ''; });
    var drop = $('drop');
    drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files); });
    $('preview').addEventListener('click', function (e) {
      var t = e.target.closest('[data-figure]');
      if (t) explain(t);
    });
    $('preview').addEventListener('keydown', function (e) {
      var t = e.target.closest('[data-figure]');
      if (t && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); explain(t); }
    });
    $('explain-close').addEventListener('click', function () {
      $('explain').hidden = true;
      var sel = document.querySelector('#preview .selected');
      if (sel) sel.focus();
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !$('explain').hidden) $('explain-close').click(); });
    $('generate').addEventListener('click', function () {
      var u = current;
      $('generate').disabled = true;
      $('generate-status').textContent = '正在生成……';
      generate(u).then(function (data) { if (u === current) showDownloads(data); }).catch(function () {
        $('generate-status').textContent = '无法连接到本机服务。';
      }).then(function () { $('generate').disabled = false; });
    });
    $('generate-all').addEventListener('click', generateAll);
    $('init-form').addEventListener('submit', function (e) {
      e.preventDefault();
      status('正在生成空白填报表……');
      fetch('/api/init?year=' + encodeURIComponent($('init-year').value) + '&scope=' + encodeURIComponent($('init-scope').value)).then(function (r) { return download(r, '预算填报.xlsx'); });
    });
    $('init-from-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var f = $('init-from').files[0];
      if (!f) return;
      var form = new FormData();
      form.append('files', f, f.name);
      status('正在读取 ' + f.name + ' 并预填……');
      fetch('/api/init', { method: 'POST', body: form }).then(function (r) { return download(r, '预算填报.xlsx'); });
    });
  });
})();
`;

/** The whole script: one closure over the page's state; its functions, in three files by what they do, are hoisted. */
export const PAGE_JS = [STATE_JS, FINDINGS_JS, DOWNLOADS_JS, WIRING_JS].join('\n');
