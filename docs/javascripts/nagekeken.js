/* Freshness that stays true without a rebuild (/woordenlijst/).
 *
 * Every term says when it was last checked against its sources (<time datetime> in
 * "Stand"). A static page stays online for months, so whether that was more than 12 months
 * ago is decided here, against the reader's today: the note of each entry older than that
 * is shown, every other note hidden. Without JavaScript the page shows the date itself, and
 * the note of every entry that was already too old on the day the site was built
 * (macros/pages/glossary.py).
 */
(function () {
  "use strict";

  var MONTHS = 12;

  function tooOld(iso, today) {
    var parts = iso.split("-");
    var limit = new Date(Number(parts[0]), Number(parts[1]) - 1 + MONTHS, Number(parts[2]));
    return today > limit;
  }

  function init() {
    var today = new Date();
    document.querySelectorAll("[data-nagekeken]").forEach(function (note) {
      note.hidden = !tooOld(note.getAttribute("data-nagekeken"), today);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
