// Upload of national records: XHR for its upload progress events; the report is built with textContent.
(function () {
  'use strict';
  var form = document.getElementById('import');
  if (!form) { return; }
  var bar = document.getElementById('progress');
  var status = document.getElementById('status');

  function list(id, items) {
    var ul = document.getElementById(id);
    ul.textContent = '';
    if (!items.length) { var none = document.createElement('li'); none.textContent = '(không có)'; ul.appendChild(none); }
    items.forEach(function (item) { var li = document.createElement('li'); li.textContent = item; ul.appendChild(li); });
  }

  function report(body) {
    document.getElementById('report').hidden = false;
    document.getElementById('summary').textContent = 'Đọc ' + body.read + ' bản ghi: thêm ' + body.added.length
      + ', cập nhật ' + body.changed.length + ', không đổi ' + body.unchanged.length
      + ', giữ bản do cán bộ soạn ' + body.keptCurated.length
      + ', từ chối ' + body.rejected.length + '.' + (body.failed ? ' Không có gì được ghi.' : '');
    list('added', body.added);
    list('changed', body.changed);
    list('kept', body.keptCurated);
    var rows = document.getElementById('rejected');
    rows.textContent = '';
    body.rejected.forEach(function (r) {
      var tr = document.createElement('tr');
      [r.where, r.field, r.message].forEach(function (v) {
        var td = document.createElement('td'); td.textContent = v || ''; tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    var token = document.querySelector('meta[name="csrf-token"]');
    if (token) { xhr.setRequestHeader('X-CSRF-TOKEN', token.content); }
    xhr.setRequestHeader('Accept', 'application/json');
    bar.hidden = false;
    bar.value = 0;
    status.textContent = 'Đang tải tệp lên…';
    xhr.upload.addEventListener('progress', function (p) {
      if (p.lengthComputable) { bar.value = Math.round(p.loaded / p.total * 100); }
    });
    xhr.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // indeterminate while the server imports
      status.textContent = 'Đã tải lên, đang nhập dữ liệu…';
    });
    xhr.addEventListener('load', function () {
      bar.value = 100;
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      if (xhr.status === 200 && body) {
        status.textContent = 'Đã nhập xong.';
        report(body);
      } else {
        status.textContent = (body && body.message) || 'Không nhập được (mã lỗi ' + xhr.status + ').';
      }
    });
    xhr.addEventListener('error', function () { status.textContent = 'Mất kết nối khi tải tệp lên.'; });
    xhr.send(new FormData(form));
  });
})();
