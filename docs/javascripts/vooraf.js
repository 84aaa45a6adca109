/* Runs in <head>, before Material's bundle and before the first paint.
 *
 * Projector mode (large text, strong contrast) is applied before the page is drawn, so it
 * does not flash from small to large (see projector.js). It lasts for this browser tab's
 * session (sessionStorage), never for the next person on a shared meeting-room PC; what older
 * versions remembered for good (localStorage) is forgotten. ?projector=1 in a link only asks
 * (projector.js shows the question); ?projector=0 switches it off.
 *
 * It also marks the page "met-js" before the first paint, so what only works with JavaScript
 * (the search box in the header) is hidden without it and there from the start with it, not
 * after a jump. Not the theme's no-js class: Material removes that only at the end of the
 * page, and sizes its sidebars by it until then.
 */
(function () {
  "use strict";
  document.documentElement.classList.add("met-js");
  var KEY = "projectormodus";
  var wanted = new URLSearchParams(window.location.search).get("projector");
  var on = false;
  try {
    window.localStorage.removeItem(KEY);
    if (wanted === "0") window.sessionStorage.removeItem(KEY);
    on = window.sessionStorage.getItem(KEY) === "1";
  } catch (e) { /* storage blocked: not remembered */ }
  if (on) document.documentElement.classList.add("projector");
  window.__projectorGevraagd = wanted === "1" && !on;
})();
