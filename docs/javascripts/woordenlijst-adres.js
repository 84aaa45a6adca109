/* Runs in <head>, before Material's bundle: on the glossary page, ?q= belongs to the glossary
 * filter, but Material's site search reads ?q= too and would open its overlay over the page.
 * Take the query out of the address and keep it for woordenlijst.js, which puts it back in the
 * address as soon as the filter changes.
 */
(function () {
  "use strict";
  if (!/\/woordenlijst\/(index\.html)?$/.test(window.location.pathname)) return;
  var url = new URL(window.location.href);
  if (!url.searchParams.has("q")) return;
  window.__woordenlijstQuery = url.searchParams.get("q");
  url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
})();
