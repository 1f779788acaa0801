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

// Live updates: the template's <f:websocket> receives {ticket: id} for each ticket changed anywhere. The ticket
// page and the ticket list ask the server (through their remote commands, which re-read with the agent's rights)
// only for a ticket they show; a burst of changes is gathered into one request.
var c2Live = (function () {
  var pending = {}, timer = null;

  function shown(id) {
    var page = document.querySelector('[data-live-ticket]');
    if (page) {
      return page.getAttribute('data-live-ticket') === id;
    }
    return !!document.querySelector('tr[data-rk="' + id + '"]');
  }

  function flush() {
    var ids = Object.keys(pending);
    pending = {};
    timer = null;
    if (typeof window.c2LiveTicket === 'function' && document.querySelector('[data-live-ticket]')) {
      window.c2LiveTicket();
    } else if (typeof window.c2LiveRows === 'function') {
      window.c2LiveRows([{name: 'ids', value: ids.join(',')}]);
    }
  }

  return {
    /** The socket is open: changes from now on reach this page (tests wait for it). */
    open: false,
    opened: function () {
      this.open = true;
    },
    received: function (message) {
      var id = message && message.ticket;
      if (!id || !shown(id)) {
        return;
      }
      pending[id] = true;
      if (!timer) {
        timer = setTimeout(flush, 250);
      }
    }
  };
})();
