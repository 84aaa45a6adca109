/* The glossary filter (/woordenlijst/), made for meetings.
 *
 * Typing narrows the terms at once, ignoring case and accents ("geintegreerd" finds
 * "geïntegreerd breed onthaal"); it matches term, abbreviation, synonyms and readings, and
 * ranks what it finds: the exact term or abbreviation first, then terms that start with the
 * query, then synonyms, then the rest of the text. Matches are marked (CSS highlights).
 * ?q= in the address pre-fills the filter and stays there, so a reload keeps it; Escape
 * clears it. Every term gets a copyable link and a "Druk deze term af" link (print CSS in
 * extra.css prints only the term in the address's #anchor).
 * Without JavaScript every term is shown, the controls stay hidden and a note says so.
 */
(function () {
  "use strict";

  // ?q= was taken out of the address by vooraf.js (in <head>), before Material's site
  // search could read it and open its overlay over the glossary.
  var initialQuery = typeof window.__filterQuery === "string" ? window.__filterQuery : null;
  var MAX_MARKED = 60;  // terms whose matches are marked: the first screens of results
  var COMBINING = /[\u0300-\u036f]/g;

  function fold(text) {
    return text.normalize("NFD").replace(COMBINING, "").toLowerCase();
  }

  // Ranking

  function rankOf(entry, query) {
    if (!entry || !query) return 4;
    var names = entry.names;
    var i;
    for (i = 0; i < names.length; i++) if (names[i] === query) return 0;
    for (i = 0; i < names.length; i++) if (names[i].indexOf(query) === 0) return 1;
    for (i = 0; i < entry.synonyms.length; i++) if (entry.synonyms[i].indexOf(query) >= 0) return 2;
    for (i = 0; i < names.length; i++) if (names[i].indexOf(query) >= 0) return 3;
    return 4;
  }

  // Marking matches: the CSS Custom Highlight API paints them without touching the text, so
  // a screen reader still reads "sectoren" as one word (a <mark> inside it made it "sector
  // en"), and nothing is laid out again. Browsers without the API show no marks.

  var HIGHLIGHT = "woordenlijst-treffer";
  var canHighlight = typeof CSS !== "undefined" && !!CSS.highlights && typeof Highlight === "function";
  var texts = new Map();  // term section -> its text nodes, folded once

  function foldWithOrigin(source) {
    // Fold character by character, remembering where each folded character came from.
    if (!/[^\x00-\x7f]/.test(source)) return { folded: source.toLowerCase(), origin: null };
    var folded = "";
    var origin = [];
    for (var c = 0; c < source.length; c++) {
      var f = fold(source[c]);
      for (var k = 0; k < f.length; k++) { folded += f[k]; origin.push(c); }
    }
    return { folded: folded, origin: origin };
  }

  function textsOf(section) {
    var found = texts.get(section);
    if (found && (!found.length || found[0].node.isConnected)) return found;
    found = [];
    var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        if (!node.nodeValue.trim() || parent.closest(".term-acties, .afkorting-uitleg, script")) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) {
      var folding = foldWithOrigin(walker.currentNode.nodeValue);
      found.push({ node: walker.currentNode, folded: folding.folded, origin: folding.origin });
    }
    texts.set(section, found);
    return found;
  }

  function unmark() {
    marking++;
    if (canHighlight) CSS.highlights.delete(HIGHLIGHT);
  }

  var later = window.requestIdleCallback || function (callback) {
    return window.setTimeout(function () { callback({ timeRemaining: function () { return 8; } }); }, 50);
  };

  // Within one frame per keystroke: folding the text of a term not seen before is the costly
  // part, so a keystroke spends at most MARK_BUDGET ms on it and the rest follows when the
  // browser is idle (and all terms are folded in idle time after loading).
  var MARK_BUDGET = 4;
  var marking = 0;  // which call of mark() is current

  function mark(sections, words) {
    if (!canHighlight) return;
    var call = ++marking;
    var deadline = performance.now() + MARK_BUDGET;
    var ranges = [];
    var unfinished = false;
    sections.forEach(function (section) {
      if (!texts.has(section) && performance.now() > deadline) { unfinished = true; return; }
      textsOf(section).forEach(function (text) {
        words.forEach(function (word) {
          var from = 0;
          var at;
          while ((at = text.folded.indexOf(word, from)) >= 0) {
            var start = text.origin ? text.origin[at] : at;
            var end = text.origin ? text.origin[at + word.length - 1] + 1 : at + word.length;
            ranges.push(new StaticRange({
              startContainer: text.node, startOffset: start, endContainer: text.node, endOffset: end
            }));
            from = at + word.length;
          }
        });
      });
    });
    var highlight = new Highlight();
    for (var r = 0; r < ranges.length; r++) highlight.add(ranges[r]);
    CSS.highlights.set(HIGHLIGHT, highlight);
    if (unfinished) {
      later(function () { if (call === marking) mark(sections, words); });
    }
  }

  function foldAllLater(sections) {
    var next = 0;
    later(function step(idle) {
      while (next < sections.length && idle.timeRemaining() > 1) textsOf(sections[next++]);
      if (next < sections.length) later(step);
    });
  }

  function init() {
    var input = document.getElementById("woordenlijst-zoek");
    var list = document.getElementById("woordenlijst");
    var status = document.getElementById("woordenlijst-aantal");
    var empty = document.getElementById("woordenlijst-leeg");
    if (!input || !list || !status) return;

    var terms = Array.prototype.slice.call(list.querySelectorAll("section.term"));
    var haystacks = terms.map(function (term) { return term.getAttribute("data-zoek") || ""; });
    var total = terms.length;
    var entries = {};
    var dataElement = document.getElementById("woordenlijst-termen");
    if (dataElement) {
      try {
        JSON.parse(dataElement.textContent).forEach(function (term) {
          entries[term.id] = {
            names: [term.term].concat(term.afkorting ? [term.afkorting] : []).map(fold),
            synonyms: (term.synoniemen || []).map(fold)
          };
        });
      } catch (e) { entries = {}; }
    }
    var ids = terms.map(function (term) {
      var heading = term.querySelector("h2[id]");
      return heading ? heading.id : "";
    });
    var lastQuery = null;
    if (total > 150) list.classList.add("veel-termen");  // see extra.css

    function arrange(wanted) {
      // `wanted` on top in this order, moving only the terms out of place; the hidden terms
      // stay behind them in any order.
      var node = list.firstElementChild;
      for (var i = 0; i < wanted.length; i++) {
        if (node === wanted[i]) node = node.nextElementSibling;
        else list.insertBefore(wanted[i], node);
      }
    }

    function writeAddress() {
      var url = new URL(window.location.href);
      if (input.value.trim()) url.searchParams.set("q", input.value.trim());
      else url.searchParams.delete("q");
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }

    // The address follows the filter once typing pauses (replaceState costs more than a
    // frame on a slow phone), and before the page is left.
    var addressTimer = 0;
    function writeAddressSoon() {
      window.clearTimeout(addressTimer);
      addressTimer = window.setTimeout(writeAddress, 300);
    }
    window.addEventListener("pagehide", function () {
      if (addressTimer) writeAddress();
    });

    function filter(event) {
      var query = fold(input.value).replace(/\s+/g, " ").trim();
      if (query === lastQuery) return;
      lastQuery = query;
      var words = query.split(" ").filter(Boolean);
      var shown = [];
      for (var i = 0; i < terms.length; i++) {
        var hay = haystacks[i];
        var visible = true;
        for (var w = 0; w < words.length; w++) {
          if (hay.indexOf(words[w]) < 0) { visible = false; break; }
        }
        if (terms[i].hidden === visible) terms[i].hidden = !visible;
        if (visible) shown.push({ term: terms[i], rank: rankOf(entries[ids[i]], query), index: i });
      }
      if (query) {
        shown.sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
        arrange(shown.map(function (s) { return s.term; }));
      } else {
        arrange(terms);
      }
      unmark();
      if (words.length) mark(shown.slice(0, MAX_MARKED).map(function (s) { return s.term; }), words);
      status.textContent = shown.length === total
        ? total + " termen"
        : shown.length + " van " + total + " termen";
      if (empty) empty.hidden = shown.length !== 0;
      if (event && event.type === "input") writeAddressSoon();
      else if (event) writeAddress();
    }

    if (initialQuery !== null) input.value = initialQuery;
    input.addEventListener("input", filter);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        filter(event);
      }
    });
    input.form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.form.hidden = false;
    filter();
    foldAllLater(terms);
    // Material's bundle has read the address by now: give the filter its ?q= back.
    if (initialQuery !== null) writeAddress();

    // Per term: a copyable link and a print link.
    list.addEventListener("click", function (event) {
      var printer = event.target.closest("a.term-afdrukken");
      if (printer) {
        event.preventDefault();
        var id = printer.getAttribute("href").slice(1);
        if (window.location.hash !== "#" + id) window.location.hash = id;
        window.print();
        return;
      }
      var button = event.target.closest("button.term-kopieer");
      if (!button) return;
      var url = new URL(window.location.href);
      url.search = "";
      url.hash = button.getAttribute("data-anker");
      var done = function () {
        button.textContent = "Link gekopieerd";
        status.textContent = "Link naar “" + button.closest("section").querySelector("h2").textContent.trim() + "” gekopieerd";
        window.setTimeout(function () { button.textContent = "Kopieer link"; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url.href).then(done, function () { window.prompt("Kopieer deze link:", url.href); });
      } else {
        window.prompt("Kopieer deze link:", url.href);
      }
    });
    terms.forEach(function (term, i) {
      var copy = term.querySelector("button.term-kopieer");
      if (copy) copy.hidden = false;
      if (!ids[i]) return;
      var print = document.createElement("a");
      print.className = "term-afdrukken";
      print.href = "#" + ids[i];
      print.textContent = "Druk deze term af";
      var actions = term.querySelector(".term-acties");
      if (actions) actions.appendChild(print);
      else term.querySelector("h2[id]").insertAdjacentElement("afterend", print);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
