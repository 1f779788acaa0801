// Keyboard shortcuts of the console's daily loop (n new ticket, t tickets, / search); never while typing.
document.addEventListener('keydown', function (e) {
  var t = e.target, tag = t && t.tagName;
  if (e.ctrlKey || e.metaKey || e.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
      || (t && t.isContentEditable)) {
    return;
  }
  var path = window.location.pathname;
  var base = path.substring(0, path.indexOf('/console/') + '/console/'.length);
  if (e.key === 'n') {
    e.preventDefault();
    window.location.href = base + 'new-ticket.xhtml';
  } else if (e.key === 't') {
    e.preventDefault();
    window.location.href = base + 'tickets.xhtml';
  } else if (e.key === '/') {
    e.preventDefault();
    var q = document.getElementById('list:q');
    if (q) {
      q.focus();
    } else {
      window.location.href = base + 'tickets.xhtml';
    }
  }
});
