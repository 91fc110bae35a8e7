/* Fills a site-visit form's hidden position fields from the phone's GPS (the browser's
   geolocation), and says what it found in the form's status line. The texts come from the page
   (data-* attributes), so this file holds no words of its own. Without geolocation the officer
   types the position into the fields, which are then shown. */
(function () {
  function fill(form) {
    var status = form.querySelector('[data-position-status]');
    var lat = form.querySelector('[name=latitude]');
    var lon = form.querySelector('[name=longitude]');
    var acc = form.querySelector('[name=accuracy]');
    var manual = form.querySelector('[data-position-manual]');
    function say(text) { if (status) { status.textContent = text; } }
    function typeIt() { if (manual) { manual.hidden = false; } }
    if (lat.value && lon.value) { say(status.dataset.found.replace('{0}', lat.value).replace('{1}', lon.value)); return; }
    if (!navigator.geolocation) { say(status.dataset.unavailable); typeIt(); return; }
    say(status.dataset.finding);
    navigator.geolocation.getCurrentPosition(function (p) {
      lat.value = p.coords.latitude.toFixed(6);
      lon.value = p.coords.longitude.toFixed(6);
      if (acc && p.coords.accuracy) { acc.value = Math.round(p.coords.accuracy); }
      say(status.dataset.found.replace('{0}', lat.value).replace('{1}', lon.value));
    }, function () { say(status.dataset.unavailable); typeIt(); },
    { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-position]').forEach(fill);
    document.querySelectorAll('[data-position-retry]').forEach(function (b) {
      b.addEventListener('click', function () { fill(b.closest('form')); });
    });
  });
})();
