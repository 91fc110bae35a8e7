/* A refused form's summary sits at the top of the page; focus moves to it so that a screen reader
   reads it out and the keyboard starts from it. Without JavaScript it is still the first thing seen. */
(function () {
  var summary = document.querySelector('[data-refusal]');
  if (summary) { summary.focus(); }
})();
