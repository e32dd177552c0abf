/* opensupport site: furigana toggle, list filters and search. No dependencies.
 * The list is complete in the HTML; this script only chooses which cards it shows. */
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

  /* The list page: filters and search, reflected in the URL query. With thousands of
   * resources the browser's style and layout cost far more than the matching, so only the
   * first PAGE matches are shown, more on request. Without JavaScript every card is shown. */
  var PAGE = 100;

  function initList(form) {
    var list = document.getElementById("os-cards");
    var cards = Array.prototype.slice.call(list.children);
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-prefix]"));
    var checks = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var input = form.querySelector("input[type=search]");
    var count = document.getElementById("os-count");
    var empty = document.getElementById("os-empty");
    var more = document.getElementById("os-more");
    var panel = document.getElementById("os-panel");
    var summary = panel && panel.querySelector("summary");
    var resetButton = document.getElementById("os-reset");
    /* Read from the DOM once: the filter tokens and ids of the cards. */
    var tokens = cards.map(function (card) { return " " + card.getAttribute("data-f") + " "; });
    var ids = cards.map(function (card) { return card.getAttribute("data-id"); });
    var current = []; /* the indexes of the cards in the list, in order (emptied below) */
    var texts = null; /* the normalised search text of each card, once the index is loaded */
    var loading = false;
    var limit = PAGE;
    var matches = [];

    function loadIndex() {
      if (loading) return;
      loading = true;
      fetch(root + "assets/search-index.json")
        .then(function (response) { return response.json(); })
        .then(function (data) {
          texts = ids.map(function (id) { return data.items[id] || ""; });
          apply();
        })
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

    function contains(text, parts) {
      for (var j = 0; j < parts.length; j += 1) {
        if (text.indexOf(parts[j]) < 0) return false;
      }
      return true;
    }

    function apply() {
      var need = wanted();
      var needles = need.map(function (token) { return " " + token + " "; });
      var terms = queryTerms(input.value);
      if (terms.length && !texts) loadIndex();
      var search = terms.length > 0 && texts !== null;
      matches = [];
      for (var i = 0; i < cards.length; i += 1) {
        if (contains(tokens[i], needles) && (!search || contains(texts[i], terms))) matches.push(i);
      }
      show(Math.min(limit, matches.length));
      var filtered = need.length > 0 || terms.length > 0;
      var text = filtered
        ? format(strings.result_count_of, { total: cards.length, n: matches.length })
        : format(strings.result_count, { n: matches.length });
      if (limit < matches.length) text += format(strings.result_shown, { n: limit });
      count.textContent = text;
      empty.hidden = matches.length > 0;
      more.hidden = limit >= matches.length;
      more.textContent = format(strings.show_more, { n: matches.length - limit });
      resetButton.hidden = !filtered;
      if (summary) {
        summary.textContent = need.length
          ? format(strings.filters_active, { n: need.length }) : strings.filters_title;
      }
    }

    /* Put the first n matches in the list, in order, and take the other cards out of it: only
     * cards that come or go are touched. Taken out, not hidden: showing a card among thousands
     * of hidden siblings costs the browser a walk over them (1.6 s at 10,000 cards). */
    function show(n) {
      var next = matches.slice(0, n);
      var i = 0;
      var j = 0;
      while (i < current.length || j < next.length) {
        if (i < current.length && current[i] === next[j]) {
          i += 1;
          j += 1;
        } else if (j >= next.length || (i < current.length && current[i] < next[j])) {
          list.removeChild(cards[current[i]]);
          i += 1;
        } else {
          list.insertBefore(cards[next[j]], i < current.length ? cards[current[i]] : null);
          j += 1;
        }
      }
      current = next;
    }

    function showMore() {
      var first = cards[matches[limit]];
      limit += PAGE;
      apply();
      history.replaceState({ limit: limit }, "", location.href);
      if (first) first.querySelector("a").focus();
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
      limit = (history.state && history.state.limit) || PAGE;
      apply();
    }

    function commit() {
      limit = PAGE;
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
      limit = PAGE;
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
    more.addEventListener("click", showMore);
    window.addEventListener("popstate", fromQuery);
    list.textContent = ""; /* at once: far faster than card by card */
    if (cards.length > PAGE) list.classList.add("paged"); /* only now: see .paged in site.css */
    form.hidden = false;
    if (panel && window.matchMedia("(min-width: 48rem)").matches) panel.open = true;
    fromQuery();
  }

  initFurigana();
  var form = document.getElementById("os-filters");
  if (form) initList(form);
})();
