/* Site search on /zoeken/?q=… with Pagefind (index built by macros/outputs/search.py).
 *
 * The query lives in the address, so a search can be shared, bookmarked and started from the
 * browser's address bar (OpenSearch). Results are links in the page's main content, each with
 * its kind; the count is announced in a live region. Pagefind and its index come from this
 * site itself; a query downloads only the parts of the index it needs.
 *
 * Queries as people type them (the words come from zoeken/woorden.json, macros/views/searchwords.py):
 * - question and function words are dropped ("wat is een referentieadres" -> "referentieadres"),
 *   never a word that is a name on the site;
 * - a word the results do not really contain is compared with the site's own vocabulary
 *   (edit distance on a Dutch spelling key: no accents, c/k, ij/y/ei, ou/au, double letters):
 *   "Bedoelde je …?" links, and the corrected search at once when the original finds nothing
 *   or only weak matches;
 * - a query of several words that no page has all of falls back to its words one by one,
 *   pages with more (and rarer) words first; the status says "(niet alle woorden samen)" and
 *   names the words on no page (Pagefind leaves those out and finds what the others find).
 * Without results, or with weak ones, the page suggests the nearest glossary terms, the
 * catalogue filtered by the query and the corrections: never a dead end.
 *
 * The first SHOWN results are shown; a button after the list ("Toon 20 resultaten meer", the
 * last time "Toon de laatste 7 resultaten") appends the next ones. A result's fragment is
 * downloaded only when it is shown (or looked at for the corrections), so more results cost
 * nothing until asked for. The focus then moves to the first new result's link.
 *
 * Only the newest search writes to the page: a search started before it (its downloads still
 * under way) stops at its next step, so its results, status, suggestions and button never
 * replace or join the newer ones; body[data-zoeken] is "klaar" only when the newest is shown.
 */
(function () {
  "use strict";

  var SHOWN = 20;
  var CHECKED = 5; // results looked at to tell whether a query word was really found
  var SUGGESTED_TERMS = 5; // glossary terms offered when nothing (or little) is found
  // Ranking of the record's metadata (macros/outputs/search.py, META_FIELDS): a match in a term's or
  // partner's own names counts most, in an example's facts a lot, in the extra words a little.
  var META_WEIGHTS = {
    title: 5, namen: 6, kenmerken: 3, vormen: 2, woorden: 0.5,
    wonen: 0, welzijn: 0, soort: 0, adres: 0
  };
  // Dutch endings of plurals and inflections: "gezin" and "gezinnen" are the same word here.
  var ENDINGS = ["", "e", "en", "n", "s", "es", "er", "ers", "eren", "nen", "ne"];
  var pagefind = null;
  var aids = null;

  // Folding as macros/core/text.py `fold`, which folded woorden.json (tekst.js).
  function fold(text) {
    return window.Tekst.fold(text).trim();
  }

  // A Dutch spelling key: the same for spellings that sound alike.
  function spellingKey(word) {
    return fold(word)
      .replace(/ph/g, "f").replace(/th/g, "t")
      .replace(/ij|ei|ey|y/g, "Y").replace(/au|ou/g, "O")
      .replace(/c(?!h)/g, "k").replace(/x/g, "ks").replace(/z/g, "s")
      .replace(/dt$|d$/, "t")
      .replace(/(.)\1+/g, "$1");
  }

  // Levenshtein distance with transpositions (optimal string alignment).
  function distance(a, b) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0][j] = j; continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          best = Math.min(best, rows[i - 2][j - 2] + 1);
        }
        rows[i][j] = best;
      }
    }
    return rows[a.length][b.length];
  }

  function siteRoot() {
    // Material's configuration names the site's root relative to this page.
    var config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(config.base.replace(/\/?$/, "/"), window.location.href);
  }

  function loadPagefind(root) {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        return module.options({
          baseUrl: root.pathname, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS }
        }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function loadJson(root, path) {
    return fetch(new URL(path, root).href).then(function (r) {
      if (!r.ok) throw new Error(path);
      return r.json();
    });
  }

  // The glossary's names and the site's words (a few KB each), loaded with the first query.
  function loadAids(root) {
    if (!aids) {
      aids = Promise.all([loadJson(root, "zoeken/termen.json"), loadJson(root, "zoeken/woorden.json")])
        .then(function (both) {
          var words = both[1];
          return {
            terms: both[0],
            stop: new Set(words.stopwoorden),
            vocabulary: words.woorden,
            known: new Set(words.woorden),
            keys: words.woorden.map(spellingKey),
            merged: words.fusies
          };
        })
        .catch(function () {
          return { terms: [], stop: new Set(), vocabulary: [], known: new Set(), keys: [], merged: {} };
        });
    }
    return aids;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The words of a query, without surrounding punctuation ("referentieadres?" -> "referentieadres").
  function queryWords(query) {
    return query.split(/\s+/)
      .map(function (w) { return w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); })
      .filter(Boolean);
  }

  // The words that go to the index: question and function words dropped, unless nothing else
  // is left.
  function meaningful(words, help) {
    var kept = words.filter(function (w) { return !help.stop.has(fold(w)); });
    return kept.length ? kept : words;
  }

  // Is `word` a word of the vocabulary, or the start of one ("schepen" of "schepenen")?
  function known(word, help) {
    var w = fold(word);
    if (help.known.has(w)) return true;
    return w.length >= 4 && help.vocabulary.some(function (v) { return v.indexOf(w) === 0; });
  }

  // Did a result really contain `word`, and not only a shorter word Pagefind fell back to
  // ("woon" for "woonfokus")? The matched words of its text, and its metadata, are compared:
  // the query word must be (nearly: a plural, an inflection) the start of one of them.
  function contains(data, word) {
    var parts = fold(word).split(/[^a-z0-9]+/).filter(Boolean);
    if (parts.length > 1) return parts.every(function (p) { return contains(data, p); });
    var w = parts[0] || "";
    var words = (data.content || "").split(/[\r\n\s]+/g);
    var matched = (data.locations || []).map(function (i) { return words[i] || ""; });
    Object.keys(data.meta || {}).forEach(function (key) {
      matched = matched.concat(String(data.meta[key]).split(/\s+/));
    });
    return matched.some(function (m) {
      return fold(m).split(/[^a-z0-9]+/).some(function (f) {
        var n = 0;
        while (n < f.length && n < w.length && f[n] === w[n]) n++;
        // the query word starts the word, or they differ only by an ending ("gezinnen")
        return n === w.length ||
          (n >= 4 && ENDINGS.indexOf(w.slice(n)) >= 0 && ENDINGS.indexOf(f.slice(n)) >= 0);
      });
    });
  }

  // The vocabulary's words nearest to `word` on the spelling key, best first.
  function corrections(word, help) {
    var w = fold(word);
    var key = spellingKey(w);
    var allowed = key.length <= 4 ? 0 : key.length <= 7 ? 1 : 2;
    var found = [];
    help.vocabulary.forEach(function (v, i) {
      if (v === w || Math.abs(help.keys[i].length - key.length) > allowed) return;
      var d = distance(key, help.keys[i]);
      if (d <= allowed) found.push({ word: v, score: d * 10 + distance(w, v) });
    });
    found.sort(function (a, b) { return a.score - b.score || a.word.localeCompare(b.word); });
    return found.slice(0, 3).map(function (f) { return f.word; });
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

  // How close a glossary name is to the query: the whole name, or its best word for each of
  // the query's words (on the spelling key, so typos count as close).
  function closeness(words, name) {
    var n = spellingKey(name);
    var whole = similarity(spellingKey(words.join(" ")), n);
    var parts = n.split(/[^a-zA-Z0-9]+/).filter(Boolean);
    var perWord = words.map(function (w) {
      var k = spellingKey(w);
      return Math.max.apply(null, parts.map(function (p) {
        if (p.indexOf(k) === 0 || (k.length >= 4 && k.indexOf(p) === 0 && p.length >= 4)) return 1;
        return Math.max(similarity(k, p), 1 - distance(k, p) / Math.max(k.length, p.length));
      }));
    });
    var mean = perWord.reduce(function (a, b) { return a + b; }, 0) / words.length;
    return Math.max(whole, mean);
  }

  function closestTerms(terms, words, count) {
    return terms
      .map(function (term) {
        return {
          term: term,
          score: Math.max.apply(null, term.namen.map(function (name) { return closeness(words, name); }))
        };
      })
      .sort(function (a, b) { return b.score - a.score || a.term.term.localeCompare(b.term.term); })
      .slice(0, count)
      .map(function (item) { return item.term; });
  }

  function searchLink(root, query, literal) {
    var url = new URL("zoeken/", root);
    url.searchParams.set("q", query);
    if (literal) url.searchParams.set("letterlijk", "1");
    return url.pathname + url.search;
  }

  // "Bedoelde je …?": each correction as a link to its search.
  function showCorrections(box, root, label, queries) {
    if (!queries.length) return;
    var line = element("p", "zoeken-correctie", label + " ");
    queries.forEach(function (q, i) {
      if (i) line.appendChild(document.createTextNode(i === queries.length - 1 ? " of " : ", "));
      var a = element("a", "", q);
      a.href = searchLink(root, q);
      line.appendChild(a);
    });
    line.appendChild(document.createTextNode("?"));
    box.appendChild(line);
  }

  function showSuggestions(box, root, query, words, help, found) {
    var catalogue = new URL("praktijkvoorbeelden/", root);
    catalogue.searchParams.set("q", words.join(" "));
    var intro = element("p", "", (found ? "Niet gevonden wat je zocht? " :
      "Niets gevonden voor “" + query + "”. "));
    var link = element("a", "", "Zoek in de catalogus van de praktijkvoorbeelden");
    link.href = catalogue.pathname + catalogue.search;
    intro.appendChild(link);
    var terms = closestTerms(help.terms, words, SUGGESTED_TERMS);
    if (terms.length) intro.appendChild(document.createTextNode(" of probeer een term uit de woordenlijst:"));
    box.appendChild(intro);
    if (terms.length) {
      var list = element("ul", "zoeken-termen");
      terms.forEach(function (term) {
        var item = element("li");
        var url = new URL(term.url, root);
        var a = element("a", "", term.term);
        a.href = url.pathname + url.hash;
        item.appendChild(a);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function address(root, data) {
    // A term or partner is a section of a page: its address is in the `adres` meta.
    if (!data.meta.adres) return data.url;
    var url = new URL(data.meta.adres, root);
    return url.pathname + url.hash;
  }

  // The glossary term the query names: the whole query, or else the longest name whose words
  // stand together in it ("hoe werkt housing first" names Housing First).
  function namedTerm(terms, words) {
    var q = " " + words.map(fold).join(" ") + " ";
    var best = null, length = 0;
    terms.forEach(function (term) {
      term.namen.forEach(function (name) {
        var n = fold(name).split(/\s+/).join(" ");
        if (n.length < 3 || q.indexOf(" " + n + " ") < 0) return;
        var score = n === q.trim() ? Infinity : n.length;
        if (score > length) { best = term; length = score; }
      });
    });
    return best;
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
    // A term: its first readings of Wonen and Welzijn, side by side with the excerpt.
    [["wonen", "Wonen"], ["welzijn", "Welzijn"]].forEach(function (sector) {
      if (!data.meta[sector[0]]) return;
      var reading = element("p", "zoekresultaat-lezing");
      reading.appendChild(element("strong", "", sector[1] + ": "));
      reading.appendChild(document.createTextNode(data.meta[sector[0]]));
      item.appendChild(reading);
    });
    list.appendChild(item);
  }

  // Pagefind's results as entries: {id, result, data}, the data (its fragment) loaded only when
  // asked for (`loadEntries`).
  function entriesOf(results) {
    return results.map(function (r) { return { id: r.id, result: r, data: null }; });
  }

  // The data of `entries`, downloading the fragments not yet loaded.
  function loadEntries(entries) {
    return Promise.all(entries.map(function (e) {
      return e.data ? e.data : e.result.data().then(function (d) { e.data = d; return d; });
    }));
  }

  // An outcome: all its entries in order (each result once), the data of the first SHOWN, the count.
  function outcomeOf(entries) {
    return loadEntries(entries.slice(0, SHOWN)).then(function (data) {
      return { entries: entries, data: data, count: entries.length };
    });
  }

  // One Pagefind search with the data of its first results: {entries, data, count}.
  function run(module, query) {
    return module.search(query).then(function (found) {
      return outcomeOf(entriesOf(found ? found.results : []));
    });
  }

  // No page has all the words: each word alone, pages with more of the words first, then by
  // the sum of Pagefind's scores (rarer words score higher).
  function anyWords(module, words) {
    return Promise.all(words.map(function (w) { return module.search(w); })).then(function (all) {
      var byId = {};
      all.forEach(function (found) {
        (found ? found.results : []).forEach(function (r) {
          var entry = byId[r.id] || (byId[r.id] = { result: r, words: 0, score: 0 });
          entry.words += 1;
          entry.score += r.score;
        });
      });
      var results = Object.keys(byId).map(function (id) { return byId[id]; })
        .sort(function (a, b) { return b.words - a.words || b.score - a.score; })
        .map(function (e) { return e.result; });
      return outcomeOf(entriesOf(results));
    });
  }

  // The query words the first results do not really contain.
  function missing(outcome, words) {
    var top = outcome.data.slice(0, CHECKED);
    return words.filter(function (w) {
      return !top.some(function (d) { return contains(d, w); });
    });
  }

  // What the status adds to the count: how many of the results are below.
  function shownText(shown, count) {
    if (shown >= count) return count > SHOWN ? ", alle " + count + " staan hieronder." : ".";
    return ", de eerste " + shown + " staan hieronder.";
  }

  // What "(niet alle woorden samen" adds about the query words that are on no page.
  function nowhereText(words) {
    if (!words || !words.length) return "";
    var quoted = words.map(function (w) { return "“" + w + "”"; });
    var list = quoted.length === 1 ? quoted[0]
      : quoted.slice(0, -1).join(", ") + " en " + quoted[quoted.length - 1];
    return "; " + list + (quoted.length === 1 ? " staat" : " staan") + " op geen enkele pagina";
  }

  // The button's text: how many the next click adds.
  function moreLabel(left) {
    if (left > SHOWN) return "Toon " + SHOWN + " resultaten meer";
    return left === 1 ? "Toon het laatste resultaat" : "Toon de laatste " + left + " resultaten";
  }

  var generation = 0; // the current search: a later one makes an earlier one void
  var STALE = {}; // thrown by a step of a search that is no longer the current one
  var moreButton = null;

  function removeMore() {
    if (moreButton) moreButton.remove();
    moreButton = null;
  }

  // The button after the list that appends the next SHOWN results, their fragments loaded then;
  // the focus goes to the first new result's link, and the button goes when all are shown.
  function showMore(root, status, list, counted, entries, shown, search) {
    var button = element("button", "md-button zoeken-meer", moreLabel(entries.length - shown));
    button.type = "button";
    var busy = false;
    button.addEventListener("click", function () {
      if (busy || search !== generation) return;
      busy = true;
      button.setAttribute("aria-disabled", "true");
      document.body.dataset.zoeken = "bezig";
      var next = entries.slice(shown, shown + SHOWN);
      loadEntries(next).then(function (data) {
        if (search !== generation) return;
        var firstNew = list.children.length;
        data.forEach(function (d) { showResult(list, root, d); });
        shown += data.length;
        status.textContent = counted + shownText(shown, entries.length);
        var link = list.children[firstNew] && list.children[firstNew].querySelector("a");
        if (link) link.focus();
        if (shown >= entries.length) removeMore();
        else button.textContent = moreLabel(entries.length - shown);
      }).catch(function () {
        if (search !== generation) return;
        status.textContent = counted + shownText(shown, entries.length) +
          " Meer resultaten tonen lukt nu niet; probeer het opnieuw.";
      }).then(function () {
        busy = false;
        button.removeAttribute("aria-disabled");
        if (search === generation) document.body.dataset.zoeken = "klaar";
      });
    });
    list.after(button);
    moreButton = button;
  }

  function search(root, query, literal, status, list, box) {
    var current = ++generation;
    // Each step after a download goes through `live`: once a newer search has started, this
    // one stops there, before it writes anything (or downloads more).
    function live(step) {
      return function (value) {
        if (current !== generation) throw STALE;
        return step(value);
      };
    }
    removeMore();
    list.replaceChildren();
    box.replaceChildren();
    box.hidden = true;
    if (!query.trim()) {
      status.textContent = "";
      document.body.dataset.zoeken = "klaar";
      return Promise.resolve();
    }
    document.body.dataset.zoeken = "bezig";
    status.textContent = "Zoeken naar “" + query + "”…";
    return Promise.all([loadPagefind(root), loadAids(root)])
      .then(live(function (loaded) {
        var module = loaded[0], help = loaded[1];
        var words = meaningful(queryWords(query), help);
        if (!words.length) words = [query.trim()];
        var searched = words.join(" ");
        return run(module, searched).then(live(function (outcome) {
          // Words not really found, and not the vocabulary's: corrections from the vocabulary.
          var absent = missing(outcome, words).filter(function (w) { return !known(w, help); });
          var fixes = {};
          absent.forEach(function (w) {
            var c = corrections(w, help);
            if (c.length) fixes[w] = c;
          });
          var alternatives = [];
          Object.keys(fixes).forEach(function (w) {
            fixes[w].forEach(function (c) {
              alternatives.push(words.map(function (x) { return x === w ? c : x; }).join(" "));
            });
          });
          var corrected = words.map(function (w) { return fixes[w] ? fixes[w][0] : w; });
          var weak = outcome.count === 0 || absent.length > 0;
          var next = Promise.resolve({ outcome: outcome, words: words, corrected: false });
          if (!literal && weak && Object.keys(fixes).length) {
            next = run(module, corrected.join(" ")).then(live(function (better) {
              return better.count
                ? { outcome: better, words: corrected, corrected: true }
                : { outcome: outcome, words: words, corrected: false };
            }));
          }
          return next.then(live(function (chosen) {
            if (chosen.words.length < 2) return chosen;
            // Pagefind leaves out a word that is on no page at all ("sociaal wonen xylofoon"
            // finds what "sociaal wonen" finds): results without one of the words have only
            // some of them too.
            chosen.partial = chosen.outcome.count > 0 &&
              missing(chosen.outcome, chosen.words).length > 0;
            // Few pages have all the words: then the pages with some of them, after those.
            if (chosen.outcome.count >= CHECKED) return chosen;
            return anyWords(module, chosen.words).then(live(function (some) {
              var seen = new Set(chosen.outcome.entries.map(function (e) { return e.id; }));
              var more = some.entries.filter(function (e) { return !seen.has(e.id); });
              if (chosen.outcome.count === 0 && some.count > 0) chosen.partial = true;
              return outcomeOf(chosen.outcome.entries.concat(more)).then(live(function (outcome) {
                chosen.outcome = outcome;
                return chosen;
              }));
            }));
          })).then(live(function (chosen) {
            // Not all the words together: the status names the words no page has (a word the
            // first results lack may still be on a page further down: Pagefind tells).
            chosen.nowhere = [];
            if (!chosen.partial) return chosen;
            return Promise.all(missing(chosen.outcome, chosen.words).map(function (w) {
              return module.search(w).then(function (found) {
                return found && found.results.length ? null : w;
              });
            })).then(live(function (words) {
              chosen.nowhere = words.filter(Boolean);
              return chosen;
            }));
          })).then(live(function (chosen) {
            // The term the query names comes first, found by its name if the words missed it.
            var term = namedTerm(help.terms, chosen.corrected ? chosen.words : queryWords(query)) ||
              namedTerm(help.terms, chosen.words);
            if (!term) return chosen;
            function named(outcome) {
              return outcome.entries.filter(function (e) {
                return e.data && e.data.meta.adres === term.url;
              });
            }
            var first = named(chosen.outcome);
            var found = first.length ? Promise.resolve(first) : run(module, term.term).then(named);
            return found.then(live(function (top) {
              // the term first, and once (it may be among the results not yet loaded)
              var ids = new Set(top.map(function (e) { return e.id; }));
              var entries = top.concat(chosen.outcome.entries.filter(function (e) {
                return !ids.has(e.id);
              }));
              return outcomeOf(entries).then(live(function (outcome) {
                chosen.outcome = outcome;
                return chosen;
              }));
            }));
          })).then(live(function (chosen) {
            var shownQuery = chosen.words.join(" ");
            var data = chosen.outcome.data;
            data.forEach(function (d) { showResult(list, root, d); });
            var n = chosen.outcome.count;
            var about = chosen.corrected ? shownQuery : query;
            var counted = n === 0 ? "Geen resultaten voor “" + query + "”"
              : (n === 1 ? "1 resultaat" : n + " resultaten") + " voor “" + about + "”" +
                (chosen.partial ? " (niet alle woorden samen" + nowhereText(chosen.nowhere) + ")"
                  : "");
            status.textContent = counted + shownText(data.length, n);
            if (n > data.length) {
              showMore(root, status, list, counted, chosen.outcome.entries, data.length, current);
            }
            if (chosen.corrected) {
              var note = element("p", "zoeken-correctie", "Gezocht naar “" + shownQuery + "”. ");
              var literalLink = element("a", "", "Zoek toch naar “" + query + "”");
              literalLink.href = searchLink(root, query, true);
              note.appendChild(literalLink);
              box.appendChild(note);
              box.hidden = false;
            }
            var others = alternatives.filter(function (a) { return a !== shownQuery; });
            showCorrections(box, root, "Bedoelde je", others);
            if (others.length) box.hidden = false;
            var stillWeak = n === 0 || chosen.partial ||
              missing(chosen.outcome, chosen.words).length > 0;
            if (stillWeak) showSuggestions(box, root, query, chosen.words, help, n > 0);
          }));
        }));
      }))
      .catch(function () {
        if (current !== generation) return; // a newer search writes its own status
        status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw, of gebruik de " +
          "catalogus en de woordenlijst.";
      })
      .then(function () {
        if (current === generation) document.body.dataset.zoeken = "klaar";
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
    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    input.value = query;
    search(root, query, params.has("letterlijk"), status, list, box);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var q = input.value;
      var url = new URL(window.location.href);
      url.searchParams.delete("letterlijk");
      if (q.trim()) url.searchParams.set("q", q); else url.searchParams.delete("q");
      window.history.pushState(null, "", url.pathname + url.search);
      search(root, q, false, status, list, box);
    });
    window.addEventListener("popstate", function () {
      var p = new URLSearchParams(window.location.search);
      var q = p.get("q") || "";
      input.value = q;
      search(root, q, p.has("letterlijk"), status, list, box);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
