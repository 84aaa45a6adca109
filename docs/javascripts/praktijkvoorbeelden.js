/* Filters for the practice-example catalogue (/praktijkvoorbeelden/), and the way back to it.
 *
 * The full list is in the HTML; without JavaScript the (hidden) form never appears and every
 * example stays visible. With JavaScript the form shows, and each change narrows the list
 * instantly and writes the filter state into the URL (?bouwsteen=2&plaats=g-genk&plaats=i-gaoz
 * &q=…&sorteer=gemeente), so a filtered view can be shared. No request leaves the page.
 *
 * Places: several municipalities and IGS can be chosen at once (an example shows when it
 * belongs to any of them). data-plaats of an example lists its municipalities under the name
 * it uses and under today's (Bilzen also gives g-bilzen-hoeselt) and, for an IGS, the member
 * municipalities too. A link may name a place without its prefix (?plaats=bilzen-hoeselt).
 *
 * The text filter looks in data-tekst: the whole text and the facts of the example, folded as
 * macros/core/text.py `search_fold` folds them (no accents, case or punctuation; a long vowel
 * written once, as Dutch spelling alternates "leegstand" and "leegstaande"). Each word must
 * occur; a word loses a Dutch plural or inflection ending (-en, -e, -s) first, so "woningen"
 * finds "woning" and "leegstaande" finds "leegstand", and a word inside a compound counts
 * ("brand" finds "woningbrand").
 *
 * A value in a link that the catalogue does not know is announced, never silently dropped.
 * The counts after each choice follow the other filters; a choice that would show no example
 * is disabled and says why. On an example's page the link to the
 * catalogue leads back to the filter the reader last used (kept for the browser session).
 */
(function () {
  "use strict";

  var SELECTS = ["bouwsteen", "partner", "thema"];
  var STORE = "woonkansen-catalogus";
  var NAMES = { bouwsteen: "bouwsteen", plaats: "gemeente of IGS", partner: "partner",
    thema: "thema", sorteer: "sortering" };

  // Folding as macros/core/text.py `fold_words` and `search_fold` (tekst.js).
  var fold = window.Tekst.foldWords;
  var searchFold = window.Tekst.searchFold;

  function stem(word) {
    if (word.length > 5 && /en$/.test(word)) return word.slice(0, -2);
    if (word.length > 4 && /[es]$/.test(word)) return word.slice(0, -1);
    return word;
  }

  function remember(search) {
    try { window.sessionStorage.setItem(STORE, search); } catch (error) { /* private mode */ }
  }

  function recalled() {
    try { return window.sessionStorage.getItem(STORE); } catch (error) { return null; }
  }

  // On an example's page: the breadcrumb's catalogue link with the reader's last filter.
  function backLink() {
    var link = document.querySelector("a.naar-catalogus");
    var search = recalled();
    if (!link || !search) return;
    link.href = link.href.split("?")[0].split("#")[0] + search;
    link.textContent = "Praktijkvoorbeelden (jouw filter)";
  }

  function init() {
    backLink();
    var form = document.getElementById("voorbeeld-filters");
    var list = document.getElementById("voorbeelden");
    var status = document.getElementById("voorbeeld-aantal");
    var notice = document.getElementById("voorbeeld-melding");
    if (!form || !list || !status) return;

    var items = Array.prototype.slice.call(list.querySelectorAll("li.voorbeeld"));
    var total = items.length;
    var data = items.map(function (item) {
      var get = function (name) { return (item.getAttribute("data-" + name) || "").split(" "); };
      return {
        item: item, bouwsteen: get("bouwsteen"), plaats: get("plaats"), partner: get("partner"),
        thema: get("thema"), tekst: " " + (item.getAttribute("data-tekst") || "") + " ",
        titel: fold(item.querySelector("h2").textContent),
        gemeente: item.getAttribute("data-gemeente") || ""
      };
    });
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=plaats]"));
    var choice = document.getElementById("filter-plaats-keuze");

    function chosenPlaces() {
      return boxes.filter(function (box) { return box.checked; })
        .map(function (box) { return box.value; });
    }

    // Read the link; every value the catalogue does not know is named in the notice.
    var params = new URLSearchParams(window.location.search);
    var unknown = [];
    form.elements.q.value = params.get("q") || "";
    SELECTS.concat(["sorteer"]).forEach(function (name) {
      var control = form.elements[name];
      var wanted = params.get(name) || "";
      control.value = wanted;
      if (control.value !== wanted) {
        control.value = "";
        unknown.push(NAMES[name] + " “" + wanted + "”");
      }
    });
    params.getAll("plaats").forEach(function (value) {
      value.split(",").forEach(function (wanted) {
        wanted = wanted.trim();
        if (!wanted) return;
        var box = boxes.filter(function (b) {
          return b.value === wanted || b.value === "g-" + wanted || b.value === "i-" + wanted;
        })[0];
        if (box) box.checked = true;
        else unknown.push(NAMES.plaats + " “" + wanted + "”");
      });
    });
    if (notice && unknown.length) {
      notice.textContent = "Deze link vraagt " + unknown.join(", ") + ": dat kent de catalogus " +
        "niet, dus die filter staat uit. Kies hieronder opnieuw.";
      notice.hidden = false;
    }

    function passes(entry, skip, words, places) {
      for (var i = 0; i < SELECTS.length; i++) {
        var name = SELECTS[i];
        var value = form.elements[name].value;
        if (name !== skip && value && entry[name].indexOf(value) < 0) return false;
      }
      if (skip !== "plaats" && places.length &&
          !places.some(function (p) { return entry.plaats.indexOf(p) >= 0; })) {
        return false;
      }
      return words.every(function (word) { return entry.tekst.indexOf(word) >= 0; });
    }

    // A choice that would show nothing cannot be chosen (disabled, so also skipped by the
    // keyboard and announced as unavailable), but stays in the list with its reason: no
    // example at all yet (a bouwsteen without examples), or none with the other filters.
    // A choice already made stays choosable, so it can be undone.
    function countText(count, overall) {
      if (count > 0) return "(" + count + ")";
      return overall > 0 ? "(0 met de andere filters)" : "(0 — nog geen voorbeelden)";
    }

    function having(entries, name, value) {
      return entries.filter(function (entry) { return entry[name].indexOf(value) >= 0; }).length;
    }

    function overall(element, name) {
      // How many examples a choice has without any other filter: counted once, kept on it.
      if (!element.hasAttribute("data-alle")) {
        element.setAttribute("data-alle", having(data, name, element.value));
      }
      return Number(element.getAttribute("data-alle"));
    }

    function recount(words, places) {
      // Each choice's count: the examples it would show with the other filters as they are.
      SELECTS.forEach(function (name) {
        var select = form.elements[name];
        var others = data.filter(function (entry) { return passes(entry, name, words, places); });
        Array.prototype.forEach.call(select.options, function (option) {
          if (!option.value) return;
          if (!option.hasAttribute("data-label")) option.setAttribute("data-label", option.textContent);
          var count = having(others, name, option.value);
          option.textContent = option.getAttribute("data-label") + " " +
            countText(count, overall(option, name));
          option.disabled = count === 0 && !option.selected;
        });
      });
      var others = data.filter(function (entry) { return passes(entry, "plaats", words, places); });
      boxes.forEach(function (box) {
        var count = having(others, "plaats", box.value);
        box.parentNode.querySelector(".filter-aantal").textContent =
          countText(count, overall(box, "plaats"));
        box.disabled = count === 0 && !box.checked;
      });
    }

    function sort() {
      var byPlace = form.elements.sorteer.value === "gemeente";
      var ordered = data.slice().sort(function (a, b) {
        if (byPlace && a.gemeente !== b.gemeente) {
          if (!a.gemeente) return 1;
          if (!b.gemeente) return -1;
          return a.gemeente < b.gemeente ? -1 : 1;
        }
        return a.titel < b.titel ? -1 : a.titel > b.titel ? 1 : 0;
      });
      ordered.forEach(function (entry) { list.appendChild(entry.item); });
    }

    function update() {
      var words = searchFold(form.elements.q.value).split(" ").filter(Boolean).map(stem);
      var places = chosenPlaces();
      var shown = 0;
      data.forEach(function (entry) {
        var visible = passes(entry, "", words, places);
        entry.item.hidden = !visible;
        if (visible) shown += 1;
      });
      recount(words, places);
      sort();
      if (choice) {
        choice.textContent = places.length
          ? boxes.filter(function (b) { return b.checked; })
              .map(function (b) { return b.parentNode.querySelector(".filter-label").textContent; })
              .join(", ")
          : "alle";
      }
      status.textContent = shown === total
        ? total + " praktijkvoorbeelden"
        : shown === 0
          ? "Geen praktijkvoorbeelden gevonden met deze filters."
          : shown + " van " + total + " praktijkvoorbeelden";

      var state = new URLSearchParams();
      if (form.elements.q.value.trim()) state.set("q", form.elements.q.value.trim());
      SELECTS.forEach(function (name) {
        if (form.elements[name].value) state.set(name, form.elements[name].value);
      });
      places.forEach(function (place) { state.append("plaats", place); });
      if (form.elements.sorteer.value) state.set("sorteer", form.elements.sorteer.value);
      var query = state.toString();
      remember(query ? "?" + query : "");
      window.history.replaceState(window.history.state, "",
        (query ? "?" + query : window.location.pathname) + window.location.hash);
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(update, 0); });
    form.elements.q.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && form.elements.q.value) {
        form.elements.q.value = "";
        update();
      }
    });
    var details = document.getElementById("filter-plaats");
    if (details && chosenPlaces().length) details.open = false;
    form.hidden = false;
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
