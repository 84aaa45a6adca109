/* The navigation drawer for keyboard and screen reader, at every width (WCAG 2.4.3, 4.1.2).
 *
 * Material's menu button is a <label> for a checkbox: a mouse can use it, Tab cannot reach
 * it and it has no name. Here it becomes a named button with its state (aria-expanded) that
 * Enter and Space open; opening moves the focus into the drawer, Escape closes it and gives
 * the focus back. The closed drawer itself is made unreachable in extra.css (visibility),
 * which also holds without JavaScript; `inert` here says the same to assistive technology.
 * While the drawer is open over the page, the page behind it is inert: Tab stays in the
 * drawer, whose title closes it. The back button of a nested level in the drawer
 * ("‹ Bouwstenen") gets the same treatment.
 */
(function () {
  "use strict";

  var OFF_CANVAS = window.matchMedia("(max-width: 76.1875em)");

  function pressable(label, name) {
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    if (name) label.setAttribute("aria-label", name);
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();  // Material clicks a focused label on Enter too: once is enough
      var toggle = document.getElementById(label.getAttribute("for"));
      if (toggle) toggle.click();
    });
  }

  function init() {
    var drawer = document.getElementById("__drawer");
    var button = document.querySelector('.md-header label[for="__drawer"]');
    var sidebar = document.querySelector(".md-sidebar--primary");
    if (!drawer || !button || !sidebar) return;
    if (!sidebar.id) sidebar.id = "navigatie-lade";
    pressable(button, "Menu");
    button.setAttribute("aria-controls", sidebar.id);

    function projectorDrawer() {
      return document.documentElement.classList.contains("projector");
    }

    var behind = document.querySelectorAll(".md-header, .md-content, .md-sidebar--secondary, .md-footer, .md-top");
    var title = sidebar.querySelector('.md-nav__title[for="__drawer"]');
    if (title) pressable(title, "Menu sluiten");

    function update(moveFocus) {
      var offCanvas = OFF_CANVAS.matches || projectorDrawer();
      button.setAttribute("aria-expanded", drawer.checked ? "true" : "false");
      sidebar.inert = offCanvas && !drawer.checked;
      for (var b = 0; b < behind.length; b++) behind[b].inert = offCanvas && drawer.checked;
      if (moveFocus && drawer.checked) {
        window.setTimeout(function () {
          var candidates = sidebar.querySelectorAll("a[href], [tabindex='0']");
          for (var c = 0; c < candidates.length; c++) {
            if (candidates[c].checkVisibility({ visibilityProperty: true })) return candidates[c].focus();
          }
        }, 0);
      }
    }

    drawer.addEventListener("change", function () {
      update(true);
      if (!drawer.checked && sidebar.contains(document.activeElement)) button.focus();
    });
    OFF_CANVAS.addEventListener("change", function () { update(false); });
    document.addEventListener("projectormodus", function () { update(false); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawer.checked) return;
      drawer.click();
      window.setTimeout(function () { button.focus(); }, 0);
    });
    var backs = sidebar.querySelectorAll('.md-nav__title[for^="__nav"], .md-nav__title[for="__toc"]');
    for (var i = 0; i < backs.length; i++) pressable(backs[i], null);
    update(false);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
