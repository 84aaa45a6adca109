/* Runs in <head>, before Material's bundle and before the first paint.
 *
 * 1. On the glossary and the catalogue, ?q= belongs to the page's own filter. Material's site
 *    search reads ?q= too and would open its overlay over the list. Take the query out of the
 *    address before the theme looks; woordenlijst.js and praktijkvoorbeelden.js read it from
 *    window.__filterQuery and put it back in the address once the theme has started, so a
 *    reload keeps the filter. Without Material's search this changes nothing visible.
 * 2. Projector mode (large text, strong contrast) is applied before the page is drawn, so it
 *    does not flash from small to large (see projector.js). It lasts for this browser tab's
 *    session (sessionStorage), never for the next person on a shared meeting-room PC; what
 *    older versions remembered for good (localStorage) is forgotten. ?projector=1 in a link
 *    only asks (projector.js shows the question); ?projector=0 switches it off.
 */
(function () {
  "use strict";
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

  if (!/\/(woordenlijst|praktijkvoorbeelden)\/(index\.html)?$/.test(window.location.pathname)) return;
  var url = new URL(window.location.href);
  if (!url.searchParams.has("q")) return;
  window.__filterQuery = url.searchParams.get("q");
  url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
})();
