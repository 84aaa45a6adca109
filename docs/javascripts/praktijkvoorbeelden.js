/* Filters for the practice-example catalogue (/praktijkvoorbeelden/).
 *
 * The full list is in the HTML; without JavaScript the (hidden) form never appears and every
 * example stays visible. With JavaScript the form shows, and each change narrows the list
 * instantly and writes the filter state into the URL (?bouwsteen=2&thema=…&q=…), so a
 * filtered view can be shared. No request leaves the page. ?q= is taken out of the address
 * by vooraf.js before Material's site search can read it (it would open its overlay over the
 * list) and put back here. A municipality's option also matches the examples of the IGS it
 * belongs to (data-plaats of an IGS example lists its member municipalities too).
 */
(function () {
  "use strict";

  var FILTERS = ["bouwsteen", "plaats", "partner", "thema"];

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function init() {
    var form = document.getElementById("voorbeeld-filters");
    var list = document.getElementById("voorbeelden");
    var status = document.getElementById("voorbeeld-aantal");
    if (!form || !list || !status) return;

    var items = Array.prototype.slice.call(list.querySelectorAll("li.voorbeeld"));
    var texts = items.map(function (item) { return fold(item.textContent); });
    var total = items.length;

    var params = new URLSearchParams(window.location.search);
    var initialQuery = typeof window.__filterQuery === "string" ? window.__filterQuery : params.get("q");
    form.elements.q.value = initialQuery || "";
    FILTERS.forEach(function (name) {
      var control = form.elements[name];
      var wanted = params.get(name) || "";
      control.value = wanted;
      if (control.value !== wanted) control.value = "";  // unknown value in a shared link
    });

    function matches(item, index, words) {
      for (var i = 0; i < FILTERS.length; i++) {
        var value = form.elements[FILTERS[i]].value;
        if (value && (item.getAttribute("data-" + FILTERS[i]) || "").split(" ").indexOf(value) < 0) {
          return false;
        }
      }
      return words.every(function (word) { return texts[index].indexOf(word) >= 0; });
    }

    function update() {
      var words = fold(form.elements.q.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, index) {
        var visible = matches(item, index, words);
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = shown === total
        ? total + " praktijkvoorbeelden"
        : shown === 0
          ? "Geen praktijkvoorbeelden gevonden met deze filters."
          : shown + " van " + total + " praktijkvoorbeelden";

      var state = new URLSearchParams();
      if (form.elements.q.value.trim()) state.set("q", form.elements.q.value.trim());
      FILTERS.forEach(function (name) {
        if (form.elements[name].value) state.set(name, form.elements[name].value);
      });
      var query = state.toString();
      window.history.replaceState(window.history.state, "",
        (query ? "?" + query : window.location.pathname) + window.location.hash);
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(update, 0); });
    form.elements.q.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && form.elements.q.value) {
        form.elements.q.value = "";
        update();
      }
    });
    form.hidden = false;
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
