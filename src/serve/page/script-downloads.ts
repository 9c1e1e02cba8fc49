/**
 * The page's generating and downloading (part of the page's script, script.ts): the chosen formats, one unit's
 * files, all units as one zip with progress, and saving a response as a file. Same rules as script.ts.
 */
export const DOWNLOADS_JS = String.raw`  function formats() {
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
`;
