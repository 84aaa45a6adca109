/* The offline copy of "Woonkansen kiezen" (written by macros/outputs/offline.py into site/sw.js).
 *
 * Only this site's own files, by address relative to this file: no request to another host.
 * Pages: network first, the stored copy when there is no network. Hashed assets and the
 * Pagefind index: stored copy first. On every visit the core is stored (assets, the glossary,
 * the search page and the whole search index); the rest when the visitor asks for it
 * (message "alles"), and again after every new build once asked. A new build has a new
 * version: its copy replaces the old one. Message "kern" undoes the choice: only the core
 * stays (removed locally, so also without network). Each message is answered with "klaar".
 */
"use strict";

var MANIFEST = /*MANIFEST*/null;
var PREFIX = "woonkansen-";
var CACHE = PREFIX + MANIFEST.versie;
var CHOICE = PREFIX + "keuze";  // remembers "everything", across versions
var STAND = "offline-stand.json";
var SCOPE = self.registration.scope;

function url(address) { return new URL(address, SCOPE).href; }

function everythingWanted() {
  return caches.open(CHOICE).then(function (c) { return c.match(url("keuze")); })
    .then(function (r) { return !!r; });
}

function store(addresses, everything) {
  return caches.open(CACHE).then(function (cache) {
    return cache.keys().then(function (have) {
      var stored = {};
      have.forEach(function (r) { stored[r.url] = true; });
      var missing = addresses.map(url).filter(function (u) { return !stored[u]; });
      // A few at a time: a phone on weak Wi-Fi. A file named by its content is the same
      // in every version: it comes from the copy of an earlier one if that has it.
      var next = 0;
      function worker() {
        if (next >= missing.length) return Promise.resolve();
        var u = missing[next++];
        var earlier = sameInEveryVersion(u.slice(SCOPE.length)) ? caches.match(u) : null;
        return Promise.resolve(earlier).then(function (kept) {
          if (kept) return cache.put(u, kept);
          return fetch(u, { cache: "no-cache" }).then(function (response) {
            if (response.ok) return cache.put(u, response);
          });
        }).catch(function () { /* try again on the next visit */ }).then(worker);
      }
      return Promise.all([worker(), worker(), worker(), worker()]).then(function () {
        return writeStand(cache, everything, new Date().toISOString());
      });
    });
  });
}

// What the page shows: this version, since when, everything or the core, and its size.
function writeStand(cache, everything, stored) {
  var stand = {
    versie: MANIFEST.versie, editie: MANIFEST.editie, alles: everything, opgeslagen: stored,
    bytes: everything ? MANIFEST.bytes_alles : MANIFEST.bytes_kern
  };
  return cache.put(url(STAND), new Response(JSON.stringify(stand),
    { headers: { "Content-Type": "application/json" } }));
}

// Back to what every visit stores: the choice is forgotten, all but the core removed.
function coreOnly() {
  return caches.delete(CHOICE).then(function () { return caches.open(CACHE); })
    .then(function (cache) {
      var keep = {};
      MANIFEST.kern.concat([STAND]).forEach(function (a) { keep[url(a)] = true; });
      return cache.keys().then(function (have) {
        return Promise.all(have.filter(function (r) { return !keep[r.url]; })
          .map(function (r) { return cache.delete(r); }));
      }).then(function () { return cache.match(url(STAND)); })
        .then(function (r) { return r ? r.json() : null; })
        .then(function (old) {
          return writeStand(cache, false, old ? old.opgeslagen : new Date().toISOString());
        });
    });
}

self.addEventListener("install", function (event) {
  event.waitUntil(everythingWanted().then(function (all) {
    return store(all ? MANIFEST.alles : MANIFEST.kern, all);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf(PREFIX) === 0 && n !== CACHE && n !== CHOICE;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var done;
  if (data.type === "alles") {
    done = caches.open(CHOICE).then(function (c) {
      return c.put(url("keuze"), new Response("1"));
    }).then(function () { return store(MANIFEST.alles, true); });
  } else if (data.type === "kern") {
    done = coreOnly();
  } else {
    return;
  }
  event.waitUntil(done.then(function () {
    if (event.source) event.source.postMessage({ type: "klaar", gevraagd: data.type });
  }));
});

// Named by its content: the theme's hashed scripts and styles, Pagefind's index, filter,
// meta and fragment files. Two builds of the same sources differ in a few of Pagefind's
// files (its filter and meta names; Pagefind/pagefind#638), so every build is a new
// version; without this, each one downloaded the whole core again (3 MB) on every device.
function sameInEveryVersion(path) {
  return /\.[0-9a-f]{8,}\.min\.(js|css)$/.test(path) || /\.pf_\w+$/.test(path);
}

function hashed(path) {
  return /^assets\//.test(path) || /^pagefind\/(fragment|index|filter)\//.test(path) ||
    /\.pf_\w+$/.test(path) || /^pagefind\/wasm\./.test(path);
}

function offlinePage() {
  return new Response(
    '<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" ' +
    'content="width=device-width"><title>Niet zonder internet beschikbaar</title>' +
    '<body style="font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em">' +
    "<h1>Je bent offline</h1><p>Deze pagina staat niet in de kopie zonder internet op dit " +
    'toestel. De <a href="' + url("woordenlijst/") + '">woordenlijst</a> en het <a href="' +
    url("zoeken/") + '">zoeken</a> werken wel.</p></body></html>',
    { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(SCOPE) !== 0) return;
  var path = request.url.slice(SCOPE.length).split(/[?#]/)[0];
  var fromCache = function () {
    return caches.open(CACHE).then(function (c) { return c.match(request, { ignoreSearch: true }); });
  };
  if (hashed(path)) {
    event.respondWith(fromCache().then(function (hit) { return hit || fetch(request); }));
    return;
  }
  event.respondWith(fetch(request).catch(function () {
    return fromCache().then(function (hit) {
      if (hit) return hit;
      return request.mode === "navigate" ? offlinePage() : Response.error();
    });
  }));
});
