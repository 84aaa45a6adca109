/* Abbreviations for keyboard and touch, each leading to its glossary entry.
 *
 * Python-Markdown's abbr extension writes <abbr title="…">SVK</abbr>: a tooltip only a mouse
 * can see. Here every abbreviation in the page's content becomes a small button (Tab reaches
 * it; Enter, Space or a tap opens it) that shows the expansion and a link to the term on
 * /woordenlijst/. Escape, a tap elsewhere or leaving it with Tab closes it. The map
 * abbreviation -> term comes from the build (overrides/main.html). Without JavaScript the
 * title attribute still gives the tooltip.
 */
(function () {
  "use strict";

  var data = {};
  var glossary = "";
  var opened = null;

  function readData() {
    var element = document.getElementById("afkortingen-gegevens");
    if (!element) return;
    glossary = element.getAttribute("data-woordenlijst") || "";
    try { data = JSON.parse(element.textContent) || {}; } catch (e) { data = {}; }
  }

  function close(returnFocus) {
    if (!opened) return;
    var abbr = opened;
    opened = null;
    abbr.setAttribute("aria-expanded", "false");
    document.getElementById(abbr.getAttribute("aria-controls")).hidden = true;
    if (returnFocus) abbr.focus();
  }

  function place(tip) {
    tip.style.left = "0px";
    var rect = tip.getBoundingClientRect();
    var room = document.documentElement.clientWidth - 8;
    var shift = 0;
    if (rect.right > room) shift = room - rect.right;
    if (rect.left + shift < 8) shift = 8 - rect.left;
    tip.style.left = shift + "px";
    // Found on a phone: an abbreviation near the bottom of the screen opened its explanation
    // below the screen, and the page did not move. The page scrolls just enough to show it.
    var below = tip.getBoundingClientRect().bottom + 8 - window.innerHeight;
    if (below > 0) window.scrollBy(0, Math.ceil(below));
  }

  function open(abbr) {
    if (opened === abbr) return;
    close(false);
    opened = abbr;
    abbr.setAttribute("aria-expanded", "true");
    var tip = document.getElementById(abbr.getAttribute("aria-controls"));
    tip.hidden = false;
    place(tip);
  }

  function enhance(abbr, number) {
    // Inside a link or button the surrounding control is already reachable and does its job.
    if (abbr.closest("a, button, summary, label, [role=button], .afkorting")) return;
    var short = abbr.textContent.trim();
    var entry = Object.prototype.hasOwnProperty.call(data, short) ? data[short] : null;
    var expansion = abbr.getAttribute("title") || (entry && entry.term) || "";
    if (!expansion) return;

    var wrap = document.createElement("span");
    wrap.className = "afkorting";
    abbr.parentNode.insertBefore(wrap, abbr);
    wrap.appendChild(abbr);

    var tip = document.createElement("span");
    tip.className = "afkorting-uitleg";
    tip.id = "afkorting-uitleg-" + number;
    tip.hidden = true;
    var text = document.createElement("span");
    text.className = "afkorting-uitleg-tekst";
    text.textContent = short + ": " + expansion;
    tip.appendChild(text);
    if (entry && glossary) {
      var link = document.createElement("a");
      link.href = glossary + "#" + entry.id;
      link.textContent = "“" + entry.term + "” in de woordenlijst";
      tip.appendChild(document.createTextNode(" "));
      tip.appendChild(link);
    }
    wrap.appendChild(tip);

    abbr.tabIndex = 0;
    abbr.setAttribute("role", "button");
    abbr.setAttribute("aria-expanded", "false");
    abbr.setAttribute("aria-controls", tip.id);
    abbr.addEventListener("click", function (event) {
      event.preventDefault();
      if (opened === abbr) close(false); else open(abbr);
    });
    abbr.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        if (opened === abbr) close(false); else open(abbr);
      }
    });
    wrap.addEventListener("focusout", function (event) {
      if (opened === abbr && !(event.relatedTarget && wrap.contains(event.relatedTarget))) {
        close(false);
      }
    });
  }

  function init() {
    readData();
    var abbrs = document.querySelectorAll(".md-content abbr[title]");
    for (var i = 0; i < abbrs.length; i++) enhance(abbrs[i], i + 1);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && opened) close(true);
    });
    document.addEventListener("click", function (event) {
      if (opened && !opened.parentNode.contains(event.target)) close(false);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
