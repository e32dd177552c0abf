/* opensupport site: furigana toggle, list filters and search. No dependencies.
 * The list is complete in the HTML; this script only hides cards. */
(function () {
  "use strict";

  /* The search normaliser: identical to opensupport/site/search.py (tests compare both). */
  var KATAKANA = /[\u30a1-\u30f6]/g;
  var DROP = /[\s・「」『』()]+/g;
  function normalise(text) {
    var s = String(text).normalize("NFKC").toLowerCase();
    s = s.replace(KATAKANA, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0x60);
    });
    s = s.split("子供").join("こども").split("子ども").join("こども");
    return s.replace(DROP, "");
  }
  function queryTerms(query) {
    return String(query).normalize("NFKC").split(/\s+/).map(normalise).filter(Boolean);
  }
  window.opensupport = { normalise: normalise, queryTerms: queryTerms };

  var root = document.body.getAttribute("data-root") || "./";
  var strings = {};
  try {
    strings = JSON.parse(document.getElementById("os-strings").textContent);
  } catch (e) { /* keep defaults */ }
  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (m, key) { return values[key]; });
  }

  /* Furigana: <rt> hidden by default, shown on request; the choice is remembered. */
  function initFurigana() {
    var button = document.getElementById("os-furigana");
    if (!button || !document.querySelector("rt")) return;
    var on = false;
    try { on = localStorage.getItem("os-furigana") === "1"; } catch (e) { /* private mode */ }
    function show(value) {
      on = value;
      document.documentElement.classList.toggle("furigana", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? strings.furigana_off : strings.furigana_on;
      try { localStorage.setItem("os-furigana", on ? "1" : "0"); } catch (e) { /* ignore */ }
    }
    button.hidden = false;
    button.addEventListener("click", function () { show(!on); });
    show(on);
  }

  /* The list page: filters and search, reflected in the URL query. */
  function initList(form) {
    var cards = Array.prototype.slice.call(document.querySelectorAll("#os-cards > li"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-prefix]"));
    var checks = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var input = form.querySelector("input[type=search]");
    var count = document.getElementById("os-count");
    var empty = document.getElementById("os-empty");
    var panel = document.getElementById("os-panel");
    var summary = panel && panel.querySelector("summary");
    var resetButton = document.getElementById("os-reset");
    var index = null;
    var loading = false;
    var tokens = cards.map(function (card) {
      return " " + card.getAttribute("data-f") + " ";
    });

    function loadIndex() {
      if (loading) return;
      loading = true;
      fetch(root + "assets/search-index.json")
        .then(function (response) { return response.json(); })
        .then(function (data) { index = data.items; apply(); })
        .catch(function () { loading = false; });
    }

    function wanted() {
      var need = [];
      selects.forEach(function (s) {
        if (s.value) need.push(s.getAttribute("data-prefix") + ":" + s.value);
      });
      checks.forEach(function (c) {
        if (c.checked) need.push(c.getAttribute("data-prefix") + ":" + c.value);
      });
      return need;
    }

    function apply() {
      var need = wanted();
      var terms = queryTerms(input.value);
      if (terms.length && !index) loadIndex();
      var shown = 0;
      cards.forEach(function (card, i) {
        var ok = need.every(function (token) { return tokens[i].indexOf(" " + token + " ") >= 0; });
        if (ok && terms.length && index) {
          var text = index[card.getAttribute("data-id")] || "";
          ok = terms.every(function (term) { return text.indexOf(term) >= 0; });
        }
        card.hidden = !ok;
        if (ok) shown += 1;
      });
      var filtered = need.length > 0 || terms.length > 0;
      count.textContent = filtered
        ? format(strings.result_count_of, { total: cards.length, n: shown })
        : format(strings.result_count, { n: shown });
      empty.hidden = shown > 0;
      resetButton.hidden = !filtered;
      if (summary) {
        summary.textContent = need.length
          ? format(strings.filters_active, { n: need.length }) : strings.filters_title;
      }
    }

    function toQuery() {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
      checks.forEach(function (c) { if (c.checked) params.append(c.name, c.value); });
      var text = params.toString();
      return text ? "?" + text : location.pathname;
    }

    function fromQuery() {
      var params = new URLSearchParams(location.search);
      input.value = params.get("q") || "";
      selects.forEach(function (s) {
        var value = params.get(s.name) || "";
        s.value = Array.prototype.some.call(s.options, function (o) { return o.value === value; })
          ? value : "";
      });
      checks.forEach(function (c) { c.checked = params.getAll(c.name).indexOf(c.value) >= 0; });
      apply();
    }

    function commit() {
      apply();
      var query = toQuery();
      if (query !== location.search && !(query === location.pathname && !location.search)) {
        history.pushState(null, "", query);
      }
    }

    function reset() {
      input.value = "";
      selects.forEach(function (s) { s.value = ""; });
      checks.forEach(function (c) { c.checked = false; });
      commit();
      input.focus();
    }

    var timer = null;
    input.addEventListener("input", function () {
      apply();
      clearTimeout(timer);
      timer = setTimeout(function () { history.replaceState(null, "", toQuery()); }, 400);
    });
    form.addEventListener("change", function (event) {
      if (event.target !== input) commit();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      commit();
    });
    resetButton.addEventListener("click", reset);
    document.getElementById("os-reset-empty").addEventListener("click", reset);
    window.addEventListener("popstate", fromQuery);
    form.hidden = false;
    if (panel && window.matchMedia("(min-width: 48rem)").matches) panel.open = true;
    fromQuery();
  }

  initFurigana();
  var form = document.getElementById("os-filters");
  if (form) initList(form);
})();
