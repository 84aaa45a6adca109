/* Projector mode: large text that scales with the screen, strong contrast, big filters.
 *
 * For a meeting that projects the glossary or the catalogue on a beamer. Switched on or off
 * with the button in the header (or "Grote tekst (projector)" on the glossary), which shows
 * its state (aria-pressed, and "aan" on the button); it holds on every page for this tab's
 * session (sessionStorage), so the next person on a shared PC starts without it. vooraf.js
 * applies it before the page is drawn. A link with ?projector=1 asks, it does not impose:
 * a question above the page offers to switch it on. The navigation stays reachable: on a
 * wide screen the sidebar becomes a drawer behind the menu button (extra.css). The buttons
 * are made or revealed here, so without JavaScript there is no button that does nothing.
 */
(function () {
  "use strict";

  var KEY = "projectormodus";  // in sessionStorage, as in vooraf.js
  var CLASS = "projector";
  var ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" ' +
    'focusable="false"><path d="M20 2H4c-.55 0-1 .45-1 1v1c0 .55.45 1 1 1h1v9h6v2.59l-4.21 ' +
    '4.2 1.42 1.42 2.79-2.8V22h2v-2.59l2.79 2.8 1.42-1.42-4.21-4.2V14h6V5h1c.55 0 1-.45 1-1V3' +
    'c0-.55-.45-1-1-1m-3 10H7V5h10z"/></svg>';

  function isOn() {
    return document.documentElement.classList.contains(CLASS);
  }

  function set(on) {
    document.documentElement.classList.toggle(CLASS, on);
    try {
      if (on) window.sessionStorage.setItem(KEY, "1");
      else window.sessionStorage.removeItem(KEY);
    } catch (e) { /* not remembered */ }
    var buttons = document.querySelectorAll(".projector-knop");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
    }
    document.dispatchEvent(new CustomEvent("projectormodus", { detail: { aan: on } }));
  }

  // ?projector=1: a question, answered by the person in front of the screen.
  function ask() {
    var place = document.querySelector(".md-content__inner") || document.querySelector(".md-main__inner");
    if (!place) return;
    var question = document.createElement("div");
    question.className = "projector-vraag";
    question.setAttribute("role", "region");
    question.setAttribute("aria-label", "Projectormodus");
    var text = document.createElement("p");
    text.textContent = "Deze link stelt de projectormodus voor: grote tekst en sterk contrast, " +
      "voor een scherm in een vergaderzaal. Hij geldt tot je dit tabblad sluit of hem uitzet.";
    var yes = document.createElement("button");
    yes.type = "button";
    yes.className = "md-button md-button--primary projector-vraag__ja";
    yes.textContent = "Projectormodus aanzetten";
    var no = document.createElement("button");
    no.type = "button";
    no.className = "md-button projector-vraag__nee";
    no.textContent = "Nee, gewone weergave";
    function answer(on) {
      question.remove();
      if (on) set(true);
      var url = new URL(window.location.href);
      url.searchParams.delete("projector");
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }
    yes.addEventListener("click", function () { answer(true); });
    no.addEventListener("click", function () { answer(false); });
    question.appendChild(text);
    question.appendChild(yes);
    question.appendChild(no);
    place.insertBefore(question, place.firstChild);
  }

  function headerButton() {
    var inner = document.querySelector(".md-header__inner");
    if (!inner) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon projector-knop projector-knop--kop";
    button.setAttribute("aria-label", "Projectormodus: grote tekst en sterk contrast");
    button.title = "Projectormodus: grote tekst en sterk contrast";
    button.innerHTML = ICON + '<span class="projector-knop__staat" aria-hidden="true">aan</span>';
    var before = inner.querySelector("form[data-md-component=palette]") ||
      inner.querySelector("label[for=__search]") || inner.querySelector(".md-header__source");
    inner.insertBefore(button, before);
  }

  function init() {
    headerButton();
    var buttons = document.querySelectorAll(".projector-knop");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { set(!isOn()); });
    }
    set(isOn());  // as vooraf.js found it for this session
    if (window.__projectorGevraagd) ask();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
