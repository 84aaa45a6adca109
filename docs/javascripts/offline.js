/* The site without network, on purpose (the service worker is site/sw.js, written by
 * macros/outputs/offline.py).
 *
 * On every visit the glossary, the search page and the search index are stored; the button
 * "Beschikbaar maken zonder internet" in the footer stores the whole site. The footer says
 * from when the copy on this device dates and how much it stores; without network a notice
 * above the page says so plainly (also on the search page). Without service workers (or
 * without JavaScript) none of this shows.
 */
(function () {
  "use strict";

  if (!("serviceWorker" in navigator) || !window.caches) return;
  var root = typeof window.__md_scope !== "undefined" ? window.__md_scope : new URL("./", window.location.href);
  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december"];

  function dutchDate(iso) {
    var d = new Date(iso);
    return d.getDate() + " " + MONTHS[d.getMonth()] + " " + d.getFullYear();
  }

  function megabytes(bytes) {
    return (bytes / 1e6).toFixed(1).replace(".", ",") + " MB";
  }

  function stand() {
    return caches.keys().then(function (names) {
      var ours = names.filter(function (n) { return /^woonkansen-(?!keuze)/.test(n); });
      if (!ours.length) return null;
      return caches.open(ours[ours.length - 1]).then(function (c) {
        return c.match(new URL("offline-stand.json", root).href);
      }).then(function (r) { return r ? r.json() : null; });
    }).catch(function () { return null; });
  }

  var box, status, button;

  function describe() {
    return stand().then(function (s) {
      if (!s) {
        status.textContent = "Nog niets bewaard op dit toestel.";
        return s;
      }
      status.textContent = s.alles
        ? "Zonder internet beschikbaar op dit toestel: kopie van " + dutchDate(s.opgeslagen) +
          ", " + megabytes(s.bytes) + "."
        : "De woordenlijst en het zoeken werken zonder internet (kopie van " +
          dutchDate(s.opgeslagen) + ", " + megabytes(s.bytes) + ").";
      button.hidden = !!s.alles;
      return s;
    });
  }

  function footer() {
    var place = document.querySelector(".md-copyright");
    if (!place) return;
    box = document.createElement("div");
    box.className = "offline-keuze";
    status = document.createElement("p");
    status.className = "offline-stand";
    status.setAttribute("role", "status");
    button = document.createElement("button");
    button.type = "button";
    button.className = "md-button offline-knop";
    button.textContent = "Beschikbaar maken zonder internet";
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = "Bezig met bewaren…";
      navigator.serviceWorker.ready.then(function (registration) {
        registration.active.postMessage({ type: "alles" });
      });
    });
    box.appendChild(button);
    box.appendChild(status);
    place.appendChild(box);
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "klaar") {
        button.disabled = false;
        describe();
      }
    });
    describe();
  }

  var notice = null;
  function showConnection() {
    if (navigator.onLine) {
      if (notice) notice.hidden = true;
      return;
    }
    if (!notice) {
      var place = document.querySelector(".md-content__inner") || document.querySelector(".md-main__inner");
      if (!place) return;
      notice = document.createElement("p");
      notice.className = "offline-melding";
      notice.setAttribute("role", "status");
      place.insertBefore(notice, place.firstChild);
    }
    notice.hidden = false;
    notice.textContent = "Je bent offline: je ziet de kopie van deze site die op dit toestel bewaard is.";
    stand().then(function (s) {
      if (s) notice.textContent = "Je bent offline: je ziet de kopie van deze site van " +
        dutchDate(s.opgeslagen) + " (stand van de site: " + dutchDate(s.editie) + ").";
    });
  }

  function init() {
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.href })
      .then(function (registration) {
        registration.addEventListener("updatefound", function () {
          var worker = registration.installing;
          if (worker) worker.addEventListener("statechange", function () {
            if (worker.state === "activated" && status) describe();
          });
        });
      })
      .catch(function () { /* no offline copy: the site works as before */ });
    footer();
    showConnection();
    window.addEventListener("online", showConnection);
    window.addEventListener("offline", showConnection);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
