/* The glossary filter (/woordenlijst/), made for meetings.
 *
 * Typing narrows the terms at once, ignoring case and accents ("geintegreerd" finds
 * "geïntegreerd breed onthaal"); it matches term, abbreviation, synonyms and readings, and
 * ranks what it finds: the exact term or abbreviation first, then terms that start with the
 * query, then synonyms, then the rest of the text. Matches are marked (<mark>).
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

  // Marking matches

  var marks = [];

  function unmark() {
    var parents = [];
    for (var i = 0; i < marks.length; i++) {
      var mark = marks[i];
      var parent = mark.parentNode;
      if (!parent) continue;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parents.push(parent);
    }
    for (var p = 0; p < parents.length; p++) parents[p].normalize();
    marks = [];
  }

  function markText(node, words) {
    // Fold character by character, remembering where each folded character came from.
    var source = node.nodeValue;
    var folded = "";
    var origin = [];
    for (var c = 0; c < source.length; c++) {
      var f = fold(source[c]);
      for (var k = 0; k < f.length; k++) { folded += f[k]; origin.push(c); }
    }
    var ranges = [];
    words.forEach(function (word) {
      var from = 0;
      var at;
      while ((at = folded.indexOf(word, from)) >= 0) {
        ranges.push([origin[at], origin[at + word.length - 1] + 1]);
        from = at + word.length;
      }
    });
    if (!ranges.length) return;
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [ranges[0]];
    for (var r = 1; r < ranges.length; r++) {
      var last = merged[merged.length - 1];
      if (ranges[r][0] <= last[1]) last[1] = Math.max(last[1], ranges[r][1]);
      else merged.push(ranges[r]);
    }
    var fragment = document.createDocumentFragment();
    var position = 0;
    merged.forEach(function (range) {
      if (range[0] > position) fragment.appendChild(document.createTextNode(source.slice(position, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = source.slice(range[0], range[1]);
      fragment.appendChild(mark);
      marks.push(mark);
      position = range[1];
    });
    if (position < source.length) fragment.appendChild(document.createTextNode(source.slice(position)));
    node.parentNode.replaceChild(fragment, node);
  }

  function markTerm(section, words) {
    var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        if (!node.nodeValue.trim() || parent.closest(".term-acties, .afkorting-uitleg, script")) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) { markText(node, words); });
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
    var order = terms.slice();  // what the list shows now, top to bottom
    var lastQuery = null;
    if (total > 150) list.classList.add("veel-termen");  // see extra.css

    function arrange(wanted) {
      var same = wanted.length === order.length && wanted.every(function (t, i) { return t === order[i]; });
      if (same) return;
      var fragment = document.createDocumentFragment();
      wanted.forEach(function (term) { fragment.appendChild(term); });
      list.appendChild(fragment);
      order = wanted;
    }

    function writeAddress() {
      var url = new URL(window.location.href);
      if (input.value.trim()) url.searchParams.set("q", input.value.trim());
      else url.searchParams.delete("q");
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }

    function filter(event) {
      var query = fold(input.value).replace(/\s+/g, " ").trim();
      if (query === lastQuery) return;
      lastQuery = query;
      var words = query.split(" ").filter(Boolean);
      var shown = [];
      var rest = [];
      for (var i = 0; i < terms.length; i++) {
        var hay = haystacks[i];
        var visible = true;
        for (var w = 0; w < words.length; w++) {
          if (hay.indexOf(words[w]) < 0) { visible = false; break; }
        }
        if (terms[i].hidden === visible) terms[i].hidden = !visible;
        if (visible) shown.push({ term: terms[i], rank: rankOf(entries[ids[i]], query), index: i });
        else rest.push(terms[i]);
      }
      if (query) {
        shown.sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
        arrange(shown.map(function (s) { return s.term; }).concat(rest));
      } else {
        arrange(terms);
      }
      unmark();
      if (words.length) {
        shown.slice(0, MAX_MARKED).forEach(function (s) { markTerm(s.term, words); });
      }
      status.textContent = shown.length === total
        ? total + " termen"
        : shown.length + " van " + total + " termen";
      if (empty) empty.hidden = shown.length !== 0;
      if (event) writeAddress();
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
