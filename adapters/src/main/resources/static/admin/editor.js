// Knowledge-base editor: add and remove rows of structured lists, and keep a live preview of the
// answer the assistant would give from the form as it stands. Text goes in with textContent only.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form) { return; }
  var answer = document.getElementById('preview-answer');
  var understood = document.getElementById('preview-understood');
  var problems = document.getElementById('preview-problems');
  var question = document.getElementById('previewQuestion');
  var section = document.getElementById('previewSection');
  var timer = null;
  var sequence = 0;

  // Row inputs are named list[i].field; after adding or removing rows the indexes are made
  // contiguous again, so the server binds exactly the rows on screen.
  function renumber() {
    form.querySelectorAll('[data-rows]').forEach(function (box) {
      var list = box.getAttribute('data-rows');
      var pattern = new RegExp('^' + list + '\\[(\\d+|__i__)\\]');
      Array.prototype.forEach.call(box.children, function (row, i) {
        row.querySelectorAll('[name]').forEach(function (input) {
          input.name = input.name.replace(pattern, list + '[' + i + ']');
        });
      });
    });
  }

  form.addEventListener('click', function (e) {
    var add = e.target.closest('.add-row');
    if (add) {
      var list = add.getAttribute('data-add');
      var template = document.getElementById('tpl-' + list);
      var box = form.querySelector('[data-rows="' + list + '"]');
      box.appendChild(template.content.cloneNode(true));
      renumber();
      var first = box.lastElementChild.querySelector('input, textarea, select');
      if (first) { first.focus(); }
      schedule();
      return;
    }
    var remove = e.target.closest('.remove-row');
    if (remove) {
      remove.closest('.row').remove();
      renumber();
      schedule();
    }
  });

  form.addEventListener('submit', renumber);

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  }

  function refresh() {
    renumber();
    var data = new FormData(form);
    data.append('previewQuestion', question.value);
    data.append('previewSection', section.value);
    var mine = ++sequence;
    var headers = { 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="csrf-token"]');
    if (token) { headers['X-CSRF-TOKEN'] = token.content; }
    fetch(form.getAttribute('data-preview') || '/admin/procedures/preview', {
      method: 'POST', body: new URLSearchParams(data), headers: headers, credentials: 'same-origin'
    }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (body) {
      if (mine !== sequence) { return; } // an older answer arriving late
      answer.textContent = body.answer;
      understood.textContent = body.understood || '';
      problems.textContent = '';
      (body.problems || []).forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = p.field + ': ' + p.message;
        problems.appendChild(li);
      });
      answer.setAttribute('data-ready', String(mine));
    }).catch(function () {
      if (mine === sequence) { answer.textContent = 'Không xem trước được (mất kết nối hoặc phiên đã hết hạn).'; }
    });
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  question.addEventListener('input', schedule);
  section.addEventListener('change', schedule);
  refresh();
})();
