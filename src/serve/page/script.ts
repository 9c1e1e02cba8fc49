/**
 * The page's script: plain DOM, no framework, no outside resources. Kept free of backquotes and dollar-brace so
 * it can live in this template literal unchanged.
 */
export const PAGE_JS = String.raw`'use strict';
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

  function location(at) {
    if (at.kind === 'cell') return at.sheet + '!' + at.cell;
    if (at.kind === 'json') return at.path || '(根)';
    if (at.kind === 'table') return [at.table, [at.row, at.column].filter(Boolean).join('/')].filter(Boolean).join(' ');
    if (at.kind === 'narrative') return at.section;
    return at.file || '';
  }

  function renderFindings(diagnostics) {
    var list = $('findings');
    list.textContent = '';
    var sorted = diagnostics.slice().sort(function (a, b) { return ORDER[a.severity] - ORDER[b.severity]; });
    var c = { error: 0, warning: 0, info: 0 };
    sorted.forEach(function (d) { c[d.severity] += 1; });
    $('findings-summary').textContent = diagnostics.length ? ('错误 ' + c.error + ' 条，警告 ' + c.warning + ' 条，提示 ' + c.info + ' 条。' + (c.error ? '有错误时不生成文档。' : '没有错误，可以生成文档。')) : '没有发现问题。';
    sorted.forEach(function (d) {
      var b = el('button', { type: 'button', className: 'finding' }, [
        el('span', { className: 'severity', text: SEVERITY[d.severity] || d.severity }),
        el('span', { className: 'where', text: d.rule + ' ' + (d.where !== undefined ? d.where : location(d.at)) + '：' }),
        el('span', { className: 'message', text: d.message })
      ]);
      if (d.at && d.at.kind === 'cell') { b.setAttribute('data-sheet', d.at.sheet); b.setAttribute('data-cell', d.at.cell); }
      b.addEventListener('click', function () { showFinding(d); });
      list.appendChild(el('li', { className: d.severity }, [b]));
    });
  }

  function showFinding(d) {
    if (!d.at) return;
    if (d.at.kind === 'cell') return showSheet(d.at.sheet, d.at.cell);
    if (d.at.kind === 'table') {
      var t = document.getElementById('table-' + d.at.key);
      if (t) { t.scrollIntoView({ block: 'start' }); t.setAttribute('tabindex', '-1'); t.focus(); }
    }
  }

  function showSheet(sheet, cell) {
    var u = current;
    fetch('/api/uploads/' + u.id + '/sheet?sheet=' + encodeURIComponent(sheet) + '&cell=' + encodeURIComponent(cell)).then(readJson).then(function (p) {
      if (u !== current) return;
      var box = $('sheet');
      box.hidden = false;
      if (p.error) { $('sheet-title').textContent = sheet + '!' + cell + '：' + p.error; $('sheet-table').textContent = ''; return; }
      $('sheet-title').textContent = '填报表“' + sheet + '”工作表，' + cell + ' 单元格（已标出）';
      var table = $('sheet-table');
      table.textContent = '';
      var head = el('tr', {}, [el('th', { text: '' })]);
      p.columns.forEach(function (col) { head.appendChild(el('th', { scope: 'col', text: col })); });
      table.appendChild(el('thead', {}, [head]));
      var body = el('tbody');
      var hit = null;
      p.rows.forEach(function (r) {
        var tr = el('tr', {}, [el('th', { scope: 'row', text: String(r.row) })]);
        r.cells.forEach(function (text, i) {
          var address = p.columns[i] + r.row;
          var td = el('td', { text: text, title: text, 'data-cell': address });
          if (address === cell) { td.className = 'hit'; td.setAttribute('aria-current', 'true'); hit = td; }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      if (hit) hit.scrollIntoView({ block: 'center', inline: 'center' });
    });
  }

  function explain(target) {
    var u = current;
    var figure = target.getAttribute('data-figure');
    document.querySelectorAll('#preview .selected').forEach(function (n) { n.classList.remove('selected'); });
    target.classList.add('selected');
    var panel = $('explain');
    var body = $('explain-body');
    panel.hidden = false;
    body.textContent = '正在计算……';
    fetch('/api/uploads/' + u.id + '/explain?figure=' + encodeURIComponent(figure)).then(readJson).then(function (data) {
      body.textContent = '';
      if (data.error) { body.appendChild(el('p', { className: 'error-text', text: data.error })); return; }
      body.appendChild(el('pre', { text: data.text }));
      // the input cells it reads, each one click from the sheet preview with the cell marked
      var cells = [];
      data.entries.forEach(function (entry) {
        entry.inputs.forEach(function (input) { if (input.at && cells.indexOf(input.at) < 0) cells.push(input.at); });
      });
      if (cells.length) {
        var list = el('ul', { className: 'input-cells' });
        cells.slice(0, 50).forEach(function (at) {
          var bang = at.lastIndexOf('!');
          var b = el('button', { type: 'button', text: '在填报表中查看 ' + at });
          b.addEventListener('click', function () { showSheet(at.slice(0, bang), at.slice(bang + 1)); $('sheet').scrollIntoView({ block: 'start' }); });
          list.appendChild(el('li', {}, [b]));
        });
        body.appendChild(list);
      }
      $('explain-close').focus();
    });
  }

  function formats() {
    return Array.prototype.map.call(document.querySelectorAll('input[name=format]:checked'), function (i) { return i.value; });
  }

  function generate(u) {
    return fetch('/api/uploads/' + u.id + '/generate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ formats: formats() }) }).then(readJson);
  }

  function showDownloads(data) {
    var list = $('downloads');
    list.textContent = '';
    if (data.error) { $('generate-status').textContent = data.error; return; }
    if (!data.files.length) { $('generate-status').textContent = '输入有错误，未生成文档（改正后重新上传）。'; return; }
    var extra = data.diagnostics.filter(function (d) { return d.rule === 'S09'; });
    $('generate-status').textContent = '已生成 ' + data.files.length + ' 个文件。' + extra.map(function (d) { return d.message; }).join(' ');
    data.files.forEach(function (f) {
      list.appendChild(el('li', {}, [el('a', { href: '/api/files/' + f.id, download: f.name, 'data-format': f.format, text: '下载 ' + f.name })]));
    });
  }

  function generateAll() {
    var todo = units.filter(function (x) { return !x.audited; });
    var done = 0;
    var ids = [];
    var failed = [];
    var bar = $('batch-progress');
    bar.hidden = false;
    bar.max = todo.length;
    bar.value = 0;
    $('generate-all').disabled = true;
    $('batch-status').textContent = '已完成 0 / ' + todo.length;
    function next() {
      var u = todo.shift();
      if (!u) return Promise.resolve();
      return generate(u).then(function (data) {
        if (data.error || !data.files.length) failed.push(u.fileName);
        else data.files.forEach(function (f) { ids.push(f.id); });
      }, function () { failed.push(u.fileName); }).then(function () {
        done += 1;
        bar.value = done;
        $('batch-status').textContent = '已完成 ' + done + ' / ' + bar.max;
        return next();
      });
    }
    Promise.all([next(), next()]).then(function () {
      $('generate-all').disabled = false;
      var s = $('batch-status');
      s.textContent = '已完成 ' + done + ' / ' + bar.max + (failed.length ? '；未生成（输入有错误）：' + failed.join('、') : '') + ' ';
      if (ids.length) s.appendChild(el('a', { href: '/api/bundle?files=' + ids.join(','), download: '预算公开文档.zip', text: '下载全部（zip）' }));
    });
  }

  function download(response, fallback) {
    if (!response.ok) return readJson(response).then(function (d) { status(d.error || '无法生成填报表', true); });
    var name = fallback;
    var cd = response.headers.get('Content-Disposition') || '';
    var m = /filename\*=UTF-8''([^;]+)/.exec(cd);
    if (m) name = decodeURIComponent(m[1]);
    var notes = decodeURIComponent(response.headers.get('X-Yusuan-Notes') || '');
    return response.blob().then(function (blob) {
      var a = el('a', { href: URL.createObjectURL(blob), download: name });
      document.body.appendChild(a);
      a.click();
      a.remove();
      status('已下载 ' + name + '。' + notes);
    });
  }

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
