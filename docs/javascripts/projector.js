/* Projector mode: large text that scales with the screen, strong contrast, big filters.
 *
 * For a meeting that projects the glossary or the catalogue on a beamer. Switched on or off
 * once (the button in the header, or "Grote tekst (projector)" on the glossary) and
 * remembered on this device (localStorage), on every page. vooraf.js applies the remembered
 * mode before the page is drawn; ?projector=1 in a link switches it on. The buttons are made
 * or revealed here, so without JavaScript there is no button that does nothing.
 */
(function () {
  "use strict";

  var KEY = "projectormodus";
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
    try { window.localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* not remembered */ }
    var buttons = document.querySelectorAll(".projector-knop");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
    }
  }

  function headerButton() {
    var inner = document.querySelector(".md-header__inner");
    if (!inner) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon projector-knop projector-knop--kop";
    button.setAttribute("aria-label", "Projectormodus: grote tekst en sterk contrast");
    button.title = "Projectormodus: grote tekst en sterk contrast";
    button.innerHTML = ICON;
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
    set(isOn());  // as vooraf.js found it: remembered, or ?projector= in the address
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
