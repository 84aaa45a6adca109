/* One term for a meeting (/woordenlijst/): a compact view and a full-screen presentation.
 *
 * Compact view, by link: /woordenlijst/?term=<id> shows that term alone: its Wonen and
 * Welzijn readings side by side, the guide's sentence, and the rest folded under "Meer over
 * deze term". Every term gets the links "Compact" and "Toon deze term".
 * Presentation: "Toon deze term" (or ?term=<id>&toon=1) shows the term full screen in
 * projector sizes, readable from the back of a room. Arrow keys, Page Up/Down (a clicker) and
 * the on-screen buttons go to the previous or next term of the list as it is filtered now;
 * Escape or "Sluiten" closes it; the focus goes to the "Toon deze term" of the term presented
 * last (the compact view: back where it was), and the address names that term. The focus
 * stays in the presentation while it is open (not on the page's body, where keys would reach nothing): a
 * button that gets disabled at the first or last term hands it to the term first.
 * "Compact" keeps the filter (?q=…&term=…), so the presentation from there goes through the
 * same filtered list. A link whose filter hides its term shows the term all the same: the
 * filter is cleared (woordenlijst.js), the address drops its ?q=, the compact view says so,
 * and the presentation goes through every term.
 * It works on the glossary's own markup (macros/pages/glossary.py); without JavaScript, ?term=
 * shows the whole glossary and the #anchor leads to the term.
 */
(function () {
  "use strict";

  var GUIDE = ".lezing-leidraad";
  var FIRST_READING = ".lezingen-overig > .lezing:not(.lezing-historisch)";

  function termId(section) {
    var heading = section.querySelector("h2[id]");
    return heading ? heading.id : "";
  }

  function shownTerms(list) {
    return Array.prototype.filter.call(list.querySelectorAll("section.term"), function (s) {
      return !s.hidden;
    });
  }

  // The parts a meeting needs first: name, Wonen and Welzijn side by side, the guide. A term
  // that has neither sector's reading nor the guide's (an abbreviation such as BVR, an
  // organisation such as the CAW) shows its first current reading instead, with its own label
  // (the editors', a partner's): never only a name.
  function essentials(section) {
    var readings = section.querySelector(".lezingen-naast-elkaar");
    var guide = section.querySelector(GUIDE);
    return {
      name: section.querySelector("h2.term-naam"),
      readings: readings,
      guide: guide,
      first: readings || guide ? null : section.querySelector(FIRST_READING)
    };
  }

  function compact(section, list) {
    document.documentElement.classList.add("term-compact");
    section.classList.add("term-compact__term");
    var parts = essentials(section);
    var folded = document.createElement("details");
    folded.className = "term-compact__meer";
    var summary = document.createElement("summary");
    summary.textContent = "Meer over deze term";
    folded.appendChild(summary);
    var keep = [parts.name, parts.readings, section.querySelector(".term-acties")];
    var first = parts.guide || parts.first;
    Array.prototype.slice.call(section.children).forEach(function (child) {
      if (keep.indexOf(child) >= 0) return;
      if (first && child.contains(first)) {
        // The guide's first sentence (or the term's first reading) stays in view; the
        // other readings fold.
        Array.prototype.slice.call(child.children).forEach(function (reading) {
          if (reading !== first) folded.appendChild(reading);
        });
        return;
      }
      folded.appendChild(child);
    });
    if (folded.children.length > 1) section.appendChild(folded);
    var back = document.createElement("p");
    back.className = "term-compact__terug";
    var all = document.createElement("a");
    all.href = window.location.pathname + "#" + termId(section);
    all.textContent = "Alle termen van de woordenlijst";
    back.appendChild(all);
    section.insertBefore(back, section.firstChild);
    var cleared = list.getAttribute("data-filter-gewist");
    if (cleared) {
      // The filter hid this term and was cleared (woordenlijst.js): the list it went by is not
      // the one "Vorige term" and "Volgende term" go through now.
      var note = document.createElement("p");
      note.className = "term-compact__melding";
      note.textContent = "Filter “" + cleared + "” gewist om deze term te tonen.";
      back.insertAdjacentElement("afterend", note);
    }
    document.title = parts.name.textContent.trim() + " — " + document.title;
    list.setAttribute("data-compact", termId(section));
  }

  function presenter(list) {
    var overlay = null;
    var current = null;
    var returnFocus = null;
    var behind = [];

    function render(section) {
      current = section;
      var parts = essentials(section);
      var body = overlay.querySelector(".presentatie__term");
      body.textContent = "";
      var name = document.createElement("h2");
      name.className = "presentatie__naam";
      name.id = "presentatie-naam";
      name.textContent = parts.name.textContent.trim();
      body.appendChild(name);
      [parts.readings, parts.guide, parts.first].forEach(function (part) {
        if (!part) return;
        var copy = part.cloneNode(true);
        Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (e) { e.removeAttribute("id"); });
        body.appendChild(copy);
      });
      var terms = shownTerms(list);
      var at = terms.indexOf(section);
      overlay.querySelector(".presentatie__plaats").textContent =
        "Term " + (at + 1) + " van " + terms.length;
      var previous = overlay.querySelector(".presentatie__vorige");
      var next = overlay.querySelector(".presentatie__volgende");
      // A focused button that gets disabled drops the focus to the body, where the keys (a
      // clicker's Page Up/Down, Escape) no longer reach the presentation: the term takes it
      // first. Not the other button, where a repeated Enter or Space would step back.
      var active = document.activeElement;
      if ((active === previous && at <= 0) || (active === next && at >= terms.length - 1)) {
        body.focus({ preventScroll: true });
      }
      previous.disabled = at <= 0;
      next.disabled = at >= terms.length - 1;
      body.scrollTop = 0;
    }

    function step(by) {
      var terms = shownTerms(list);
      var at = terms.indexOf(current) + by;
      if (at >= 0 && at < terms.length) render(terms[at]);
    }

    function build() {
      overlay = document.createElement("div");
      overlay.className = "presentatie md-typeset";
      overlay.setAttribute("role", "dialog");
      overlay.setAttribute("aria-modal", "true");
      overlay.setAttribute("aria-labelledby", "presentatie-naam");
      // A click on the bar between the buttons focuses the presentation, not the body.
      overlay.tabIndex = -1;
      overlay.innerHTML =
        '<div class="presentatie__term" tabindex="0"></div>' +
        '<div class="presentatie__bediening">' +
        '<button type="button" class="md-button presentatie__vorige">Vorige term</button>' +
        '<span class="presentatie__plaats" aria-live="polite"></span>' +
        '<button type="button" class="md-button presentatie__volgende">Volgende term</button>' +
        '<button type="button" class="md-button md-button--primary presentatie__sluiten">Sluiten</button>' +
        "</div>";
      overlay.querySelector(".presentatie__vorige").addEventListener("click", function () { step(-1); });
      overlay.querySelector(".presentatie__volgende").addEventListener("click", function () { step(1); });
      overlay.querySelector(".presentatie__sluiten").addEventListener("click", close);
      overlay.addEventListener("keydown", function (event) {
        var keys = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
        if (event.key === "Escape") { event.preventDefault(); close(); return; }
        if (event.target.tagName === "BUTTON" && (event.key === " " || event.key === "Enter")) return;
        if (keys[event.key]) { event.preventDefault(); step(keys[event.key]); }
        else if (event.key === " ") { event.preventDefault(); step(event.shiftKey ? -1 : 1); }
      });
      document.addEventListener("fullscreenchange", function () {
        if (!document.fullscreenElement && overlay && !overlay.hidden) close();
      });
      document.body.appendChild(overlay);
    }

    function open(section) {
      if (!overlay) build();
      returnFocus = document.activeElement;
      behind = Array.prototype.filter.call(document.body.children, function (e) {
        return e !== overlay && !e.inert;
      });
      behind.forEach(function (e) { e.inert = true; });
      overlay.hidden = false;
      document.documentElement.classList.add("presentatie-open");
      render(section);
      overlay.querySelector(".presentatie__term").focus();
      if (overlay.requestFullscreen) {
        overlay.requestFullscreen().catch(function () { /* a window-sized overlay is enough */ });
      }
    }

    function close() {
      if (!overlay || overlay.hidden) return;
      overlay.hidden = true;
      document.documentElement.classList.remove("presentatie-open");
      behind.forEach(function (e) { e.inert = false; });
      if (document.fullscreenElement) document.exitFullscreen().catch(function () {});
      // The list's address points to the term presented last, and the focus goes to that
      // term's "Toon deze term", so the screen shows it too (closing after stepping to
      // another term left the focus, and the screen, on the first one, the address on the
      // last: a reload or a shared link showed another term than the reader saw). The
      // compact view's does not: it shows its one term (?term=) again, as it was before the
      // presentation opened over it, with the focus back on its "Toon deze term". A link
      // that opened the presentation (&toon=1) opens it once: closing drops the parameter,
      // so a reload does not open it again.
      var heading = current && current.querySelector("h2[id]");
      var compactView = list.hasAttribute("data-compact");
      var url = new URL(window.location.href);
      url.searchParams.delete("toon");
      if (heading && !compactView) url.hash = "#" + heading.id;
      if (url.href !== window.location.href) {
        window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
      }
      var shown = current && current.querySelector("button.term-toon");
      var back = compactView ? returnFocus : shown || returnFocus;
      if (!back || back === document.body) back = shown;
      // After the browser has left full screen, which moves the focus itself.
      window.setTimeout(function () { if (back && back.isConnected) back.focus(); }, 50);
    }

    return { open: open };
  }

  // The compact link of a term, with the filter as it is now (the address follows the filter
  // only once typing pauses: woordenlijst.js).
  function compactHref(id) {
    var input = document.getElementById("woordenlijst-zoek");
    var query = input ? input.value.trim() : new URLSearchParams(window.location.search).get("q");
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    params.set("term", id);
    return "?" + params.toString();
  }

  function init() {
    var list = document.getElementById("woordenlijst");
    if (!list) return;
    var show = presenter(list);
    Array.prototype.forEach.call(list.querySelectorAll("section.term"), function (section) {
      var id = termId(section);
      var actions = section.querySelector(".term-acties");
      if (!id || !actions) return;
      var link = document.createElement("a");
      link.className = "term-compact-link";
      link.href = compactHref(id);
      link.textContent = "Compact";
      link.setAttribute("aria-label", "Compacte weergave van deze term");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button term-toon";
      button.textContent = "Toon deze term";
      button.addEventListener("click", function () { show.open(section); });
      actions.appendChild(link);
      actions.appendChild(button);
    });
    // Each link is brought up to date with the filter just before it is used (pointed at,
    // focused, right-clicked to copy, clicked), not on every keystroke in the filter.
    ["pointerover", "focusin", "pointerdown", "contextmenu", "click"].forEach(function (type) {
      list.addEventListener(type, function (event) {
        var link = event.target.closest && event.target.closest("a.term-compact-link");
        var heading = link && link.closest("section.term").querySelector("h2[id]");
        if (heading) link.setAttribute("href", compactHref(heading.id));
      });
    });
    var params = new URLSearchParams(window.location.search);
    var wanted = params.get("term");
    var heading = wanted && document.getElementById(wanted);
    var section = heading && heading.closest("#woordenlijst section.term");
    if (!section) return;
    compact(section, list);
    if (params.get("toon") === "1") show.open(section);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
