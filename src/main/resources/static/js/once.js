/* A form marked data-once is sent once: a second click (or Enter) while the first is on its way
   sends nothing, and its button says so by being disabled. A file upload sent twice would be
   read twice; an "apply" sent twice is also refused by the server, which leads to the first run. */
(function () {
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-once')) { return; }
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = 'true';
    // Disabled after this turn, so that the clicked button's name and value are still sent.
    setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });
  // Back to a page kept by the browser: the form may be used again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) { return; }
    document.querySelectorAll('form[data-once]').forEach(function (form) {
      delete form.dataset.sent;
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
    });
  });
})();
