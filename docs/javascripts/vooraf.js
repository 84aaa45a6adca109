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
 *
 * And it takes out two kinds of the theme's rules that this site cannot use, before anything
 * is styled (the stylesheets are loaded before this script runs): tried on every element of
 * a page, they made each element about three times dearer to style (a glossary term drawn
 * anew: 14 ms of style with the CPU slowed 4x, 4 ms without them). They are the content tabs'
 * rules (the tabs of pymdownx.tabbed, which is not among mkdocs.yml's extensions; contributed
 * text may not hold their <input>s, macros/core/sanitize.py), whose `:nth-child(n)` ends are
 * tried everywhere, and `table:not([class]) + *`, which never matches once the theme's script
 * has wrapped each table in its scroll box. Without JavaScript all of them stay.
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

  function unused(selector) {
    if (selector === ".md-typeset table:not([class]) + *") return true;
    return selector.split(",").every(function (part) { return part.indexOf(".tabbed-") >= 0; });
  }
  function takeOut(rules) {
    for (var r = rules.length - 1; r >= 0; r--) {
      var rule = rules[r];
      if (rule.selectorText !== undefined) {
        if (unused(rule.selectorText)) (rule.parentRule || rule.parentStyleSheet).deleteRule(r);
      } else if (rule.cssRules) {
        takeOut(rule.cssRules);  // @media and other groups
      }
    }
  }
  for (var i = 0; i < document.styleSheets.length; i++) {
    var sheet = document.styleSheets[i];
    if (!/\/assets\/stylesheets\/main\.[0-9a-f]+\.min\.css$/.test(sheet.href || "")) continue;
    try { takeOut(sheet.cssRules); } catch (e) { /* not readable: left as it is */ }
  }
})();
