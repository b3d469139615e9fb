// Web chat: talks to /api/v1/chat. Every text is inserted with textContent, never as HTML.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('text');
  var conversation = null;
  var lastQuestion = null; // the citizen's own words, for feedback on the answers that follow
  try { conversation = window.sessionStorage.getItem('motcua.conversation'); } catch (e) { /* private mode */ }

  function add(kind, text) {
    var div = document.createElement('div');
    div.className = 'msg ' + kind;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url) ? url : null;
  }

  function showReply(reply) {
    add('bot', reply.text);
    if (reply.links && reply.links.length) {
      var links = document.createElement('div');
      links.className = 'links';
      reply.links.forEach(function (l) {
        var href = safeUrl(l.url);
        if (!href) { return; }
        var a = document.createElement('a');
        a.href = href; a.textContent = l.label; a.target = '_blank'; a.rel = 'noopener noreferrer';
        links.appendChild(a);
      });
      log.appendChild(links);
    }
    if (reply.options && reply.options.length) {
      var box = document.createElement('div');
      box.className = 'options';
      reply.options.forEach(function (o) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = o.label;
        b.addEventListener('click', function () { send(o.value, o.label); });
        box.appendChild(b);
      });
      log.appendChild(box);
    }
    log.scrollTop = log.scrollHeight;
  }

  // 👍/👎 under an answer: an unhelpful one goes to the staff's inbox with the question asked
  function addFeedback(question) {
    var box = document.createElement('div');
    box.className = 'feedback';
    var label = document.createElement('span');
    label.textContent = 'Câu trả lời có hữu ích không?';
    box.appendChild(label);
    [{ text: '👍', helpful: true, name: 'Hữu ích' }, { text: '👎', helpful: false, name: 'Không hữu ích' }]
      .forEach(function (choice) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = choice.text;
        b.title = choice.name;
        b.setAttribute('aria-label', choice.name);
        b.addEventListener('click', function () {
          box.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
          fetch('/api/v1/feedback', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ conversation: conversation, question: question, helpful: choice.helpful })
          }).then(function (r) {
            label.textContent = r.ok ? (choice.helpful ? 'Cảm ơn bạn!' : 'Cảm ơn bạn, cán bộ sẽ xem lại câu trả lời này.')
              : 'Chưa gửi được đánh giá.';
          }).catch(function () { label.textContent = 'Chưa gửi được đánh giá.'; });
        });
        box.appendChild(b);
      });
    log.appendChild(box);
    log.scrollTop = log.scrollHeight;
  }

  function send(text, shown) {
    if (!shown) { lastQuestion = text; }
    add('user', shown || text);
    fetch('/api/v1/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ conversation: conversation, text: text })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { add('error', res.body.message || 'Không gửi được câu hỏi.'); return; }
      conversation = res.body.conversation;
      try { window.sessionStorage.setItem('motcua.conversation', conversation); } catch (e) { /* ignore */ }
      res.body.replies.forEach(showReply);
      if (res.body.intent === 'procedure' && lastQuestion) { addFeedback(lastQuestion); }
    }).catch(function () {
      add('error', 'Mất kết nối. Vui lòng thử lại.');
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    send(text);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
})();
