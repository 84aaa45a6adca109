/* The site without network, on purpose (the service worker is site/sw.js, written by
 * macros/outputs/offline.py).
 *
 * On every visit the glossary, the search page and the search index are stored; the button
 * "Beschikbaar maken zonder internet" in the footer stores the whole site, and then gives way
 * to "Kopie bijwerken" and "Kopie verwijderen". The footer says from when the copy on this
 * device dates and how much it stores; without network a notice
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

  // The footer's choice. Before: "Beschikbaar maken zonder internet". After: what is stored
  // (date, size), "Kopie bijwerken" (the newest version of the site, or what is missing) and
  // "Kopie verwijderen" (back to what every visit stores). The status line is a live region,
  // so a screen reader hears each step; the pressed button keeps the focus (aria-disabled
  // while busy, not disabled, which would drop it), and when a button goes, focus goes to the
  // one that stays.
  var registered = null;
  var status, button, remove, busy = false;
  var STORE_ALL = "Beschikbaar maken zonder internet";

  function describe(prefix) {
    return stand().then(function (s) {
      var text;
      if (!s) {
        text = "Nog niets bewaard op dit toestel.";
      } else if (s.alles) {
        text = "Zonder internet beschikbaar op dit toestel: kopie van " + dutchDate(s.opgeslagen) +
          ", " + megabytes(s.bytes) + " (stand van de site: " + dutchDate(s.editie) + ").";
      } else {
        text = "De woordenlijst en het zoeken werken zonder internet (kopie van " +
          dutchDate(s.opgeslagen) + ", " + megabytes(s.bytes) + ").";
      }
      var all = !!(s && s.alles);
      var hadFocus = document.activeElement === remove;
      button.textContent = all ? "Kopie bijwerken" : STORE_ALL;
      remove.hidden = !all;
      if (hadFocus && !all) button.focus();
      setBusy(false);
      status.textContent = (prefix ? prefix + " " : "") + text;
      return s;
    });
  }

  function setBusy(on, text) {
    busy = on;
    [button, remove].forEach(function (b) {
      if (on) b.setAttribute("aria-disabled", "true");
      else b.removeAttribute("aria-disabled");
    });
    if (text) status.textContent = text;
  }

  // A message to the service worker; it answers "klaar" when it is done.
  var pending = null;
  function ask(type) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        pending = resolve;
        registration.active.postMessage({ type: type });
      });
    });
  }

  // Resolves with "activated", or "redundant" when the new worker failed to install.
  function settled(worker) {
    return new Promise(function (resolve) {
      var done = function () {
        if (worker.state === "activated" || worker.state === "redundant") resolve(worker.state);
      };
      worker.addEventListener("statechange", done);
      done();
    });
  }

  function storeAll() {
    setBusy(true, "Bezig met bewaren…");
    ask("alles").then(function () { return describe(""); });
  }

  function update() {
    if (!navigator.onLine) {
      describe("Bijwerken lukt nu niet: dit toestel is offline. De kopie blijft bewaard.");
      return;
    }
    setBusy(true, "Bezig met bijwerken…");
    registered.then(function (registration) {
      return registration.update().then(function () {
        var fresh = registration.installing || registration.waiting;
        // A new version of the site: its worker stores everything (the choice is kept).
        if (fresh) return settled(fresh).then(function (state) {
          return state === "activated" ? "Bijgewerkt naar de nieuwste stand van de site."
            : "Bijwerken lukte niet helemaal; de vorige kopie blijft bewaard.";
        });
        return ask("alles").then(function () {
          return "Bijgewerkt: dit is de nieuwste stand van de site.";
        });
      });
    }).then(describe, function () {
      describe("Bijwerken lukt nu niet (de site is niet bereikbaar). De kopie blijft bewaard.");
    });
  }

  function removeAll() {
    setBusy(true, "Bezig met verwijderen…");
    ask("kern").then(function () {
      return describe("De volledige kopie is verwijderd van dit toestel.");
    });
  }

  function footer() {
    var place = document.querySelector(".md-copyright");
    if (!place) return;
    var box = document.createElement("div");
    box.className = "offline-keuze";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Kopie zonder internet");
    status = document.createElement("p");
    status.className = "offline-stand";
    status.id = "offline-stand";
    status.setAttribute("role", "status");
    status.setAttribute("aria-atomic", "true");
    button = document.createElement("button");
    button.type = "button";
    button.className = "md-button offline-knop";
    button.textContent = STORE_ALL;
    button.setAttribute("aria-describedby", status.id);
    button.addEventListener("click", function () {
      if (busy) return;
      if (button.textContent === STORE_ALL) storeAll();
      else update();
    });
    remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button offline-knop";
    remove.textContent = "Kopie verwijderen";
    remove.hidden = true;
    remove.addEventListener("click", function () { if (!busy) removeAll(); });
    // What is stored first, then what one can do with it.
    box.appendChild(status);
    box.appendChild(button);
    box.appendChild(remove);
    place.appendChild(box);
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "klaar" && pending) {
        var done = pending;
        pending = null;
        done();
      }
    });
    describe("");
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
    registered = navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.href });
    registered.then(function (registration) {
      registration.addEventListener("updatefound", function () {
        var worker = registration.installing;
        if (worker) worker.addEventListener("statechange", function () {
          if (worker.state === "activated" && status && !busy) describe("");
        });
      });
    }).catch(function () { /* no offline copy: the site works as before */ });
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
