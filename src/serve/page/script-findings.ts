/**
 * The page's findings and where they point (part of the page's script, script.ts): a finding's place, the findings
 * list, the sheet preview with the cell marked, and a figure's explanation. Same rules as script.ts: no backquotes,
 * no dollar-brace.
 */
export const FINDINGS_JS = String.raw`  function location(at) {
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
`;
