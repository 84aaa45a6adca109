/* The glossary filter (/woordenlijst/), made for meetings.
 *
 * Typing narrows the terms at once, ignoring case and accents ("geintegreerd" finds
 * "geïntegreerd breed onthaal"); it matches term, abbreviation, synonyms and definitions.
 * ?q= in the address pre-fills the filter, Escape clears it, every term has a copyable link,
 * and "Grote tekst" enlarges everything for a projector (remembered on this device).
 * Without JavaScript every term is shown and the buttons stay hidden.
 */
(function () {
  "use strict";

  var LARGE = "woordenlijst-groot";

  // ?q= was taken out of the address by woordenlijst-adres.js (in <head>), before Material's
  // site search could read it and open its overlay over the glossary.
  var initialQuery = window.__woordenlijstQuery || null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
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
    var lastQuery = null;
    if (total > 150) list.classList.add("veel-termen");  // see extra.css

    function filter(event) {
      var query = fold(input.value).trim();
      if (query === lastQuery) return;
      lastQuery = query;
      var words = query.split(/\s+/).filter(Boolean);
      var shown = 0;
      for (var i = 0; i < terms.length; i++) {
        var hay = haystacks[i];
        var visible = true;
        for (var w = 0; w < words.length; w++) {
          if (hay.indexOf(words[w]) < 0) { visible = false; break; }
        }
        if (terms[i].hidden === visible) terms[i].hidden = !visible;
        if (visible) shown += 1;
      }
      status.textContent = shown === total ? total + " termen" : shown + " van " + total + " termen";
      if (empty) empty.hidden = shown !== 0;
      if (!event) return;  // the first, pre-filled filtering leaves the address alone
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", input.value.trim());
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }

    var params = new URLSearchParams(window.location.search);
    if (initialQuery) input.value = initialQuery;
    input.addEventListener("input", filter);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        filter(event);
      }
    });
    input.form.addEventListener("submit", function (event) { event.preventDefault(); });
    filter();

    // Copyable link per term.
    list.addEventListener("click", function (event) {
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
    Array.prototype.forEach.call(list.querySelectorAll("button.term-kopieer"), function (button) {
      button.hidden = false;
    });

    // Large text for projectors.
    var toggle = document.getElementById("woordenlijst-groot");
    function setLarge(on) {
      document.documentElement.classList.toggle(LARGE, on);
      if (toggle) toggle.setAttribute("aria-pressed", on ? "true" : "false");
      try { window.localStorage.setItem(LARGE, on ? "1" : "0"); } catch (e) { /* private mode */ }
    }
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        setLarge(toggle.getAttribute("aria-pressed") !== "true");
      });
      var stored = null;
      try { stored = window.localStorage.getItem(LARGE); } catch (e) { /* private mode */ }
      setLarge(params.get("groot") === "1" || stored === "1");
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
