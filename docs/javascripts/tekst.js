/* Text folding for the glossary filter, the catalogue filter and the site search: one place,
 * folding exactly as the Python side folds the data these scripts compare the reader's words
 * with (tests/test_tekst_js.py holds the two side by side). Loaded before the other scripts
 * (mkdocs.yml extra_javascript); it exposes one global, `Tekst`.
 *
 * - Tekst.fold: macros/core/text.py `fold`: compatibility decomposition (NFKD), everything
 *   that is not ASCII dropped (accents, curly quotes, dashes), and the straight apostrophe,
 *   lower case: "Cliënt’s" and "Cliënt's" -> "clients". The search's words (woorden.json)
 *   and the glossary filter use it.
 * - Tekst.foldWords: macros/core/text.py `fold_words`: the same, and every run of signs that are not
 *   a letter or digit one space: "Privé-huur" -> "prive huur".
 * - Tekst.searchFold: macros/core/text.py `search_fold`: `foldWords`, and a long vowel written
 *   once ("leegstaande" meets "leegstand"): the catalogue's data-tekst.
 */
(function (global) {
  "use strict";

  var NON_ASCII = /[^\x00-\x7f]+/g;
  var HAS_NON_ASCII = /[^\x00-\x7f]/;
  var APOSTROPHE = /'/g;

  function fold(text) {
    text = String(text);
    // Plain ASCII needs no decomposition: the common case, and the fast one.
    if (HAS_NON_ASCII.test(text)) text = text.normalize("NFKD").replace(NON_ASCII, "");
    // The straight apostrophe too: a phone types "svk's" for the text's "svk’s".
    return text.replace(APOSTROPHE, "").toLowerCase();  // on ASCII, as Python's casefold()
  }

  function foldWords(text) {
    return fold(text).replace(/[^a-z0-9]+/g, " ").trim();
  }

  function searchFold(text) {
    return foldWords(text).replace(/([aeou])\1/g, "$1");
  }

  global.Tekst = Object.freeze({ fold: fold, foldWords: foldWords, searchFold: searchFold });
})(window);
