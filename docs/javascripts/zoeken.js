/* Site search on /zoeken/?q=… with Pagefind (index built by macros/search.py).
 *
 * The query lives in the address, so a search can be shared, bookmarked and started from the
 * browser's address bar (OpenSearch). Results are links in the page's main content, each with
 * its kind; the count is announced in a live region. Pagefind and its index come from this
 * site itself; a query downloads only the parts of the index it needs. Without results the
 * page suggests the closest glossary terms and the catalogue's filter: never a dead end.
 */
(function () {
  "use strict";

  var SHOWN = 20;
  var pagefind = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function siteRoot() {
    // Material's configuration names the site's root relative to this page.
    var config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(config.base.replace(/\/?$/, "/"), window.location.href);
  }

  function loadPagefind(root) {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        return module.options({ baseUrl: root.pathname, excerptLength: 24 }).then(function () {
          return module;
        });
      });
    }
    return pagefind;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function trigrams(text) {
    var padded = "  " + text + " ";
    var grams = {};
    for (var i = 0; i < padded.length - 2; i++) grams[padded.slice(i, i + 3)] = true;
    return grams;
  }

  function similarity(a, b) {
    var ga = trigrams(a), gb = trigrams(b), shared = 0, total = 0;
    Object.keys(ga).forEach(function (g) { total++; if (gb[g]) shared++; });
    total += Object.keys(gb).length;
    return (2 * shared) / total;
  }

  function closestTerms(terms, query, count) {
    var q = fold(query);
    return terms
      .map(function (term) {
        var best = Math.max.apply(null, term.namen.map(function (name) {
          var n = fold(name);
          return n.indexOf(q) === 0 || q.indexOf(n) === 0 ? 1 : similarity(q, n);
        }));
        return { term: term, score: best };
      })
      .sort(function (a, b) { return b.score - a.score; })
      .slice(0, count)
      .map(function (item) { return item.term; });
  }

  function showSuggestions(box, root, query) {
    box.replaceChildren();
    var catalogue = new URL("praktijkvoorbeelden/", root);
    catalogue.searchParams.set("q", query);
    var intro = element("p", "", "Niets gevonden voor “" + query + "”. ");
    var link = element("a", "", "Zoek in de catalogus van de praktijkvoorbeelden");
    link.href = catalogue.pathname + catalogue.search;
    intro.appendChild(link);
    intro.appendChild(document.createTextNode(" of probeer een term uit de woordenlijst:"));
    box.appendChild(intro);
    box.hidden = false;
    return loadTerms(root)
      .then(function (terms) {
        var list = element("ul", "zoeken-termen");
        closestTerms(terms, query, 5).forEach(function (term) {
          var item = element("li");
          var a = element("a", "", term.term);
          a.href = new URL(term.url, root).pathname + new URL(term.url, root).hash;
          item.appendChild(a);
          list.appendChild(item);
        });
        box.appendChild(list);
      });
  }

  function address(root, data) {
    // A term or partner is a section of a page: its address is in the `adres` meta.
    if (!data.meta.adres) return data.url;
    var url = new URL(data.meta.adres, root);
    return url.pathname + url.hash;
  }

  function exactTerm(terms, query) {
    var q = fold(query);
    return terms.filter(function (term) {
      return term.namen.some(function (name) { return fold(name) === q; });
    })[0];
  }

  function loadTerms(root) {
    return fetch(new URL("zoeken/termen.json", root).href).then(function (r) { return r.json(); });
  }

  function showResult(list, root, data) {
    var item = element("li", "zoekresultaat");
    var heading = element("h2", "zoekresultaat-titel");
    var link = element("a", "", data.meta.title || data.url);
    link.href = address(root, data);
    heading.appendChild(link);
    item.appendChild(heading);
    item.appendChild(element("p", "zoekresultaat-soort", data.meta.soort || "Pagina"));
    var excerpt = element("p", "zoekresultaat-uittreksel");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text; it adds only <mark>
    item.appendChild(excerpt);
    list.appendChild(item);
  }

  function search(root, query, status, list, box) {
    list.replaceChildren();
    box.hidden = true;
    if (!query.trim()) {
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = "Zoeken naar “" + query + "”…";
    // The glossary's names (a few KB) come with the query: an exact term or abbreviation
    // puts its glossary entry first.
    var terms = loadTerms(root);
    return loadPagefind(root)
      .then(function (module) { return module.search(query); })
      .then(function (found) {
        var results = found ? found.results : [];
        return Promise.all(results.slice(0, SHOWN).map(function (r) { return r.data(); }))
          .then(function (data) {
            return terms.then(function (all) {
              var term = exactTerm(all, query);
              var first = term ? data.filter(function (d) { return d.meta.adres === term.url; }) : [];
              return first.concat(data.filter(function (d) { return first.indexOf(d) < 0; }));
            }, function () { return data; });
          })
          .then(function (data) {
            data.forEach(function (d) { showResult(list, root, d); });
            var n = results.length;
            status.textContent =
              n === 0 ? "Geen resultaten voor “" + query + "”."
              : (n === 1 ? "1 resultaat" : n + " resultaten") + " voor “" + query + "”" +
                (n > SHOWN ? ", de eerste " + SHOWN + " staan hieronder." : ".");
            if (n === 0) return showSuggestions(box, root, query);
          });
      })
      .catch(function () {
        status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw, of gebruik de " +
          "catalogus en de woordenlijst.";
      });
  }

  function init() {
    var form = document.getElementById("zoekformulier");
    if (!form) return;
    var input = document.getElementById("zoekvraag");
    var status = document.getElementById("zoekstatus");
    var list = document.getElementById("zoekresultaten");
    var box = document.getElementById("zoeksuggesties");
    var root = siteRoot();
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    document.body.dataset.zoeken = "bezig";
    search(root, query, status, list, box).then(function () {
      document.body.dataset.zoeken = "klaar";
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var q = input.value;
      var url = new URL(window.location.href);
      if (q.trim()) url.searchParams.set("q", q); else url.searchParams.delete("q");
      window.history.pushState(null, "", url.pathname + url.search);
      document.body.dataset.zoeken = "bezig";
      search(root, q, status, list, box).then(function () {
        document.body.dataset.zoeken = "klaar";
      });
    });
    window.addEventListener("popstate", function () {
      var q = new URLSearchParams(window.location.search).get("q") || "";
      input.value = q;
      search(root, q, status, list, box);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
