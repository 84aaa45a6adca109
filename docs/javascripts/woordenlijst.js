/* The glossary filter (/woordenlijst/), made for meetings.
 *
 * Typing narrows the terms at once, ignoring case and accents ("geintegreerd" finds
 * "geïntegreerd breed onthaal"; folding: tekst.js); it matches term, abbreviation, synonyms
 * and readings, and, from the second letter on, ranks what it finds: the exact term or
 * abbreviation first, then terms that start with the query, then synonyms, then the rest of
 * the text (one letter keeps the list from A to Z). Matches are marked
 * (CSS highlights) in the terms on and near the screen, right after the list is drawn.
 * ?q= in the address pre-fills the filter and stays there, so a reload keeps it; Escape
 * clears it; Enter goes to the first result.
 *
 * Aimed at one frame per keystroke, also on a slow phone and with 500 terms; `make bench`
 * measures it, and it is not there yet with the CPU slowed 4x. Where a keystroke's time goes:
 * - laying out the list again. With one flat list of 500 terms, any change, even one term off
 *   screen, laid out every term again (the theme's flexboxes around the list add to it). So
 *   the terms stand in blocks of 25 (built by macros/pages/glossary.py); a change lays out again
 *   the block it is in, and a block off screen is not laid out until it comes near the screen
 *   (content-visibility in extra.css, from the moment the filter gets focus; on a long list
 *   from the first paint, because terms drawn whole at loading were dear to hide);
 * - moving terms: each is styled and laid out anew, so `arrange` moves as few as it can, and
 *   one letter, which matches nearly every term, moves none;
 * - drawing the terms that come on screen: a long term's readings, changes and details are
 *   skipped too while off screen (extra.css), so a screenful is what is drawn;
 * - styling what is shown: the theme's rules for content tabs and one for tables, tried on
 *   every element, made each element about three times dearer to style; vooraf.js takes them
 *   out before the first paint (the median keystroke at 500 terms went from 24 to 18-21 ms at
 *   4x on the machine of 2026-12-02, at 71 terms from 12 to 7-11, over three runs);
 * - hiding many terms at once ("sv" after "s" hides 490 of 500): 8-10 ms of style at 4x,
 *   whether the terms are drawn or not; this is where the slowest keystrokes still go. Hiding
 *   the 19 blocks after the first alone, without any script of ours, took a median of 9 to 25
 *   ms at 4x on that machine in two runs (`make bench` prints it as a floor), before anything
 *   is shown.
 * The text to match is folded once, at loading; marking waits for the frame and covers only
 * what is near the screen. Tried and measured, no gain in `make bench`: the page around the
 * list as a plain block instead of the theme's nested flexboxes, and the marks' ::highlight
 * rule put on the term only.
 *
 * Every term gets a copyable link and a "Druk deze term af" link (print CSS in extra.css
 * prints only the term in the address's #anchor).
 * Without JavaScript every term is shown, the controls stay hidden and a note says so.
 */
(function () {
  "use strict";

  var fold = window.Tekst.fold;

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

  // Which terms are marked: those on the screen or within a screen of it (an
  // IntersectionObserver keeps the set), once the list is drawn; the rest as they come near.
  // A keystroke clears the marks and asks for them again: nothing of this runs in it.
  var highlight = canHighlight ? new Highlight() : null;
  var near = new Set();  // term sections on or near the screen
  var heights = new Map();  // term section -> its height when last seen (blockHeights)
  var marked = new Set();  // term sections marked for the current words
  var markWords = [];
  var markPending = false;
  var nearby = null;

  var later = window.requestIdleCallback
    ? function (callback) { return window.requestIdleCallback(callback, { timeout: 150 }); }
    : function (callback) {
      return window.setTimeout(function () {
        callback({ didTimeout: false, timeRemaining: function () { return 8; } });
      }, 30);
    };

  function markSection(section) {
    marked.add(section);
    textsOf(section).forEach(function (text) {
      markWords.forEach(function (word) {
        var from = 0;
        var at;
        while ((at = text.folded.indexOf(word, from)) >= 0) {
          var start = text.origin ? text.origin[at] : at;
          var end = text.origin ? text.origin[at + word.length - 1] + 1 : at + word.length;
          highlight.add(new StaticRange({
            startContainer: text.node, startOffset: start, endContainer: text.node, endOffset: end
          }));
          from = at + word.length;
        }
      });
    });
  }

  function markNear(idle) {
    markPending = false;
    if (!markWords.length) return;
    var unfinished = false;
    near.forEach(function (section) {
      if (marked.has(section) || section.hidden) return;
      if (idle && !idle.didTimeout && idle.timeRemaining() < 2) { unfinished = true; return; }
      markSection(section);
    });
    if (unfinished) markSoon();
  }

  function markSoon() {
    if (markPending || !canHighlight) return;
    markPending = true;
    later(markNear);
  }

  function setMarks(words) {
    if (!canHighlight) return;
    if (highlight.size) highlight.clear();
    marked.clear();
    markWords = words;
    if (words.length) {
      if (!CSS.highlights.has(HIGHLIGHT)) CSS.highlights.set(HIGHLIGHT, highlight);
      markSoon();
    } else if (CSS.highlights.has(HIGHLIGHT)) {
      CSS.highlights.delete(HIGHLIGHT);
    }
  }

  function watchNearby(sections) {
    if (!canHighlight) return;
    if (typeof IntersectionObserver !== "function") {
      sections.forEach(function (section) { near.add(section); });
      return;
    }
    nearby = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
        if (entry.boundingClientRect.height > 0) heights.set(entry.target, entry.boundingClientRect.height);
      });
      markSoon();
    }, { rootMargin: "100% 0px" });
    sections.forEach(function (section) { nearby.observe(section); });
  }

  function init() {
    var input = document.getElementById("woordenlijst-zoek");
    var list = document.getElementById("woordenlijst");
    var status = document.getElementById("woordenlijst-aantal");
    var empty = document.getElementById("woordenlijst-leeg");
    if (!input || !list || !status) return;

    var terms = Array.prototype.slice.call(list.querySelectorAll("section.term"));
    // data-zoek: everything the filter matches on, folded by the build (macros/pages/glossary.py);
    // folded once more here, so that the text and the reader's words fold the same way.
    var haystacks = terms.map(function (term) { return fold(term.getAttribute("data-zoek") || ""); });
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
    var initialQuery = new URLSearchParams(window.location.search).get("q");

    // The terms stand in blocks (macros/pages/glossary.py): a change lays out again the block
    // it is in, not the whole list, and, while the filter is in use, a block off screen not at
    // all (extra.css). With one flat list of 500 terms, hiding one term off screen took three
    // frames on a slow phone (45-50 ms at 4x): the list laid out all its terms again.
    //
    // Moving a term costs too: it is styled and laid out anew. So `arrange` keeps in place the
    // heaviest set of shown terms that already stand in the wanted order relative to each
    // other, and puts the others between them, each into the block of the term it comes before.
    // Most weigh the same; a term on the reader's first screen that stays there weighs most
    // (moving it would draw it again). A term that comes to the first screen is drawn anyway:
    // it weighs no more, so that its arrival does not move all the terms before it. The hidden
    // terms stay wherever they are. An empty filter puts every term back in its own block.
    var ON_SCREEN = 6;  // the first terms of a result: what the reader sees first
    var blocks = Array.prototype.slice.call(list.querySelectorAll(".woordenlijst-blok"));
    var homes = terms.map(function (term) { return term.parentNode; });
    var onTop = new Set(terms.slice(0, ON_SCREEN));
    var move = typeof list.moveBefore === "function"
      ? function (block, term, before) { block.moveBefore(term, before); }
      : function (block, term, before) { block.insertBefore(term, before); };

    function keptInPlace(positions, size, heavy) {
      // The heaviest increasing subsequence of `positions` (distinct, below `size`; -1: not a
      // candidate), as flags: a Fenwick tree over positions holds the best run ending at or
      // before each position.
      var best = new Float64Array(size + 1);
      var last = new Int32Array(size + 1).fill(-1);
      var previous = new Int32Array(positions.length);
      var total = new Float64Array(positions.length);
      var top = -1;
      for (var i = 0; i < positions.length; i++) {
        if (positions[i] < 0) continue;
        var value = 0;
        var from = -1;
        for (var q = positions[i]; q > 0; q -= q & -q) {
          if (best[q] > value) { value = best[q]; from = last[q]; }
        }
        previous[i] = from;
        total[i] = value + (heavy[i] ? 1000 : 1);
        for (var u = positions[i] + 1; u <= size; u += u & -u) {
          if (total[i] > best[u]) { best[u] = total[i]; last[u] = i; }
        }
        if (top < 0 || total[i] > total[top]) top = i;
      }
      var kept = new Uint8Array(positions.length);
      for (var k = top; k >= 0; k = previous[k]) kept[k] = 1;
      return kept;
    }

    // `wanted`: the shown terms in order; `home`: whether they go back to their own blocks
    // (then `wanted` is every term, in the order of the page as built). `plan` only reads the
    // page: which of `wanted` stay where they are.
    function plan(wanted, home) {
      var place = new Map();  // a term's place in the document, counted across the blocks
      var count = 0;
      for (var b = 0; b < blocks.length; b++) {
        var children = blocks[b].children;
        for (var c = 0; c < children.length; c++) place.set(children[c], count++);
      }
      var positions = wanted.map(function (term, i) {
        return home && term.parentNode !== homes[i] ? -1 : place.get(term);
      });
      var heavy = wanted.map(function (term, i) { return i < ON_SCREEN && onTop.has(term); });
      return keptInPlace(positions, count, heavy);
    }

    var atHome = true;  // every term in its own block, in the order of the page as built
    function arrange(wanted, home) {
      if (home && atHome) return;
      var kept = plan(wanted, home);
      onTop = new Set(wanted.slice(0, ON_SCREEN));
      var lastBlock = blocks[blocks.length - 1];
      var moved = 0;
      for (var i = wanted.length - 1; i >= 0; i--) {
        if (kept[i]) continue;
        moved++;
        var next = i + 1 < wanted.length ? wanted[i + 1] : null;
        if (home) move(homes[i], wanted[i], next && homes[i + 1] === homes[i] ? next : null);
        else move(next ? next.parentNode : lastBlock, wanted[i], next);
      }
      atHome = home || (atHome && !moved);
    }

    // A block with no term shown is hidden too, so that, off screen, it keeps no height.
    function hideEmptyBlocks(shown) {
      var used = new Set();
      for (var i = 0; i < shown.length; i++) used.add(shown[i].term.parentNode);
      for (var b = 0; b < blocks.length; b++) {
        var empty = !used.has(blocks[b]);
        if (blocks[b].hidden !== empty) blocks[b].hidden = empty;
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

    // The terms that match every word of `query`, in the order of the page.
    function matching(query, words) {
      var shown = [];
      for (var i = 0; i < terms.length; i++) {
        var hay = haystacks[i];
        var visible = true;
        for (var w = 0; w < words.length; w++) {
          if (hay.indexOf(words[w]) < 0) { visible = false; break; }
        }
        if (visible) shown.push({ term: terms[i], rank: rankOf(entries[ids[i]], query), index: i });
      }
      return shown;
    }

    // One letter matches nearly every term: the list stays in the order of A to Z (moving
    // the terms that start with it before the others moved some fifty terms, 7 ms at 4x).
    // From two letters on, the best matches come first.
    function ranked(query) { return query.length > 1; }

    function inOrder(shown) {
      shown.sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
      return shown.map(function (entry) { return entry.term; });
    }

    var counted = "";  // the status as the filter last wrote it
    var noted = false;  // the status says a filter was cleared (`showAllFor`)

    function filter(event) {
      if (event && event.type === "input") list.classList.add("alleen-in-beeld");  // see extra.css
      var query = fold(input.value).replace(/\s+/g, " ").trim();
      if (query === lastQuery) return;
      lastQuery = query;
      var words = query.split(" ").filter(Boolean);
      var shown = matching(query, words);
      var s = 0;
      for (var i = 0; i < terms.length; i++) {
        var visible = s < shown.length && shown[s].index === i;
        if (visible) s++;
        if (terms[i].hidden === visible) terms[i].hidden = !visible;
      }
      if (ranked(query)) {
        arrange(inOrder(shown), false);
      } else {
        arrange(terms, true);
      }
      hideEmptyBlocks(shown);
      setMarks(words);
      counted = shown.length === total
        ? total + " termen"
        : shown.length + " van " + total + " termen";
      status.textContent = counted;
      noted = false;
      if (empty) empty.hidden = shown.length !== 0;
      if (event && event.type === "input") writeAddressSoon();
      else if (event) writeAddress();
      if (event) measureBlocksSoon();  // at loading the blocks hold what they were drawn with
    }

    // A block skipped off screen keeps the height it had when it was last drawn (extra.css),
    // also after the filter changed what it holds: with "svk" the 8 terms' list stood
    // 114,000 px tall instead of 27,000 on a phone, and the scroll bar lied. Once typing
    // pauses, each block off screen is given the height of what it now holds, from its
    // terms' heights when last seen or as laid out now (20em for one never drawn, as
    // extra.css has it), without drawing anything: a block drawn for a frame instead made
    // the next keystroke dearer (its terms, styled and laid out once, cost more to hide).
    var measureTimer = 0;
    function measureBlocksSoon() {
      window.clearTimeout(measureTimer);
      measureTimer = window.setTimeout(blockHeights, 300);
    }
    function seeHeights() {
      terms.forEach(function (term) {
        var height = term.getBoundingClientRect().height;
        if (height > 0) heights.set(term, height);
      });
    }
    function blockHeights() {
      if (!list.classList.contains("alleen-in-beeld")) return;
      var style = window.getComputedStyle(terms[0]);
      var guess = 20 * parseFloat(style.fontSize);
      var gap = parseFloat(style.marginBottom) || 0;
      var away = [];
      for (var b = 0; b < blocks.length; b++) {
        var box = blocks[b].getBoundingClientRect();
        // A block on or near the screen is drawn, and remembers its height by itself.
        var inView = box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight;
        if (blocks[b].hidden || inView) continue;
        var total = 0;
        var children = blocks[b].children;
        for (var c = 0; c < children.length; c++) {
          if (children[c].hidden) continue;
          var seen = heights.get(children[c]) || children[c].getBoundingClientRect().height;
          if (seen > 0) heights.set(children[c], seen);
          total += (seen || guess) + gap;
        }
        blocks[b].style.containIntrinsicSize = Math.round(total) + "px";
        away.push(blocks[b]);
      }
      // `content-visibility: auto` keeps a height once drawn whatever the style says; for one
      // frame `hidden` (which draws nothing) makes a block forget it, and from then on it
      // stands at the height given here until it is drawn again.
      away.forEach(function (block) { block.style.contentVisibility = "hidden"; });
      afterNextFrame(function () {
        away.forEach(function (block) { block.style.contentVisibility = ""; });
      });
    }

    // `callback` once the next frame is drawn: the first animation callback runs before
    // that frame, the second after it.
    function afterNextFrame(callback) {
      window.requestAnimationFrame(function () { window.requestAnimationFrame(callback); });
    }

    if (initialQuery !== null) input.value = initialQuery;
    input.addEventListener("input", filter);
    input.addEventListener("focus", function () { list.classList.add("alleen-in-beeld"); });
    // A term or block skipped off screen keeps the height it was last drawn at (extra.css),
    // and after a width change (a phone turned) that was the old width's: the 71 terms,
    // drawn at 390 px and turned to 844, stood 69,000 px too tall (too short turned back),
    // and a link to a term far down ("Zie ook", an #anchor, A-Z) could land a screen off it.
    // So once the width has changed and stays (a turn, or the end of dragging a window's
    // edge: 150 ms without another change), the list is drawn whole for one frame, which
    // measures every term at the new width, and then skips again. That frame costs what the
    // first paint of the whole list costs, once per turn; the keystrokes get no work from it.
    var drawnWidth = window.innerWidth;
    var settling = 0;
    window.addEventListener("resize", function () {
      if (window.innerWidth === drawnWidth) return;
      drawnWidth = window.innerWidth;
      window.clearTimeout(settling);
      settling = window.setTimeout(function () {
        if (!list.classList.contains("alleen-in-beeld")) return;
        list.classList.remove("alleen-in-beeld");
        // After a frame drawn whole: the terms' new heights are read there, laid out
        // already, for the blocks' heights.
        afterNextFrame(function () {
          seeHeights();
          list.classList.add("alleen-in-beeld");
          blockHeights();
        });
      }, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        filter(event);
      }
    });
    // Enter in the filter goes to the first result: the A-Z letters and the exports stand
    // between the filter and the list, 22 Tab stops after "svk" at 200 % zoom. From the
    // result's heading, Tab goes on into the term.
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("section.term:not([hidden]) h2[id]");
      if (!first) return;
      if (!first.hasAttribute("tabindex")) first.tabIndex = -1;
      first.focus();
    });
    input.form.hidden = false;
    filter();
    watchNearby(terms);
    // A list drawn whole at loading (not a long one): every term's height, read once it is
    // laid out, for the blocks' heights once the filter is used.
    if (!list.classList.contains("alleen-in-beeld")) later(seeHeights);
    // The first ranked keystroke ran the ranking's code for the first time, 4-8 ms slower at
    // 4x: it runs now, once the page is idle, on the list as it is, without changing it.
    later(function () {
      for (var round = 0; round < 3; round++) plan(inOrder(matching("ee", ["ee"])), false);
    });

    // A link to a term the filter hides (an A-Z letter, "Zie ook", a shared address with
    // ?q= and #term) led nowhere: the address changed, the page did not move. Such a link
    // now clears the filter first, and the browser then goes to the term as to any other.
    function hiddenTerm(id) {
      var target = id ? document.getElementById(id) : null;
      var section = target && list.contains(target) ? target.closest("section.term") : null;
      return section && section.hidden ? section : null;
    }
    function showAllFor(section, event) {
      var cleared = input.value.trim();
      input.value = "";
      filter(event);
      var heading = section.querySelector("h2");
      status.textContent = total + " termen: filter gewist om “" +
        (heading ? heading.textContent.trim() : section.id) + "” te tonen";
      noted = true;
      return cleared;
    }
    function idOf(hash) {
      try { return decodeURIComponent(hash.slice(1)); } catch (e) { return hash.slice(1); }
    }
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      if (!link || event.defaultPrevented || link.classList.contains("term-afdrukken")) return;
      var section = hiddenTerm(idOf(link.getAttribute("href")));
      // An A-Z letter goes to the first term of that letter the filter shows (it links to the
      // letter's first term, and with "wo", "C" cleared the filter although CAW was shown);
      // only when the filter shows none of that letter does it clear the filter.
      var other = section && link.closest("nav.woordenlijst-az") &&
        firstShownOf(link.textContent.trim());
      if (other) {
        event.preventDefault();
        window.location.hash = other;
      } else if (section) {
        showAllFor(section, event);
        return;
      }
      if (noted) { status.textContent = counted; noted = false; }  // that note is done
    }, true);
    function firstShownOf(letter) {
      var initial = fold(letter).charAt(0);
      var names = list.querySelectorAll("section.term:not([hidden]) h2.term-naam[id]");
      for (var i = 0; i < names.length; i++) {
        if (fold(names[i].textContent.trim()).charAt(0) === initial) return names[i].id;
      }
      return null;
    }
    function revealTarget(event) {
      var section = hiddenTerm(idOf(window.location.hash));
      if (!section) return;
      showAllFor(section, event || { type: "load" });  // the address drops its ?q= too
      section.scrollIntoView();
    }
    window.addEventListener("hashchange", revealTarget);
    // A compact or presentation link (?q=…&term=…, presentatie.js) names its term, and the
    // term wins: with a filter that hides it, the compact view showed nothing, and the
    // presentation "Term 0 van 8", its "Volgende term" the filter's first term. The filter
    // gives way as for a link to a hidden term, and the address drops its ?q= with it, so
    // that it and the presentation's steps go by the list that is shown: every term. The
    // filter it cleared is kept on the list (data-filter-gewist) for the compact view to say.
    var named = hiddenTerm(new URLSearchParams(window.location.search).get("term"));
    if (named) list.setAttribute("data-filter-gewist", showAllFor(named, { type: "load" }));
    revealTarget(null);

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
