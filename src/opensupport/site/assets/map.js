/* opensupport map: Leaflet markers, one per place, built from #os-map-data.
 * Popups are DOM nodes (never HTML strings from data). Keyboard: Tab to a marker, Enter opens
 * its popup and focuses its first link; Escape closes it and returns to the marker. */
(function () {
  "use strict";
  var element = document.getElementById("os-map");
  var source = document.getElementById("os-map-data");
  if (!element || !source || !window.L) return;
  var data = JSON.parse(source.textContent);
  var strings = data.strings || {};

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function attribution() {
    var text = escapeHtml(data.attribution || "");
    if (!data.attributionUrl) return text;
    return '<a href="' + escapeHtml(data.attributionUrl) + '">' + text + "</a>";
  }

  function label(group) {
    var values = { place: group.place, n: String(group.items.length) };
    return String(strings.label || "{place}").replace(/\{(\w+)\}/g, function (m, key) {
      return values[key];
    });
  }

  function popup(group) {
    var box = document.createElement("div");
    var title = document.createElement("p");
    title.className = "popup-place";
    title.textContent = label(group);
    box.appendChild(title);
    if (group.precision === "municipality") {
      var note = document.createElement("p");
      note.className = "popup-note";
      note.textContent = strings.municipality || "";
      box.appendChild(note);
    }
    var list = document.createElement("ul");
    group.items.forEach(function (item) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = item.href;
      link.textContent = item.name;
      li.appendChild(link);
      list.appendChild(li);
    });
    box.appendChild(list);
    return box;
  }

  function icon(group) {
    var municipal = group.precision === "municipality";
    var size = municipal ? 34 : 22;
    var n = group.items.length;
    return L.divIcon({
      className: "os-marker os-marker-" + group.precision,
      html: n > 1 ? "<span class=\"os-count\" data-count=\"" + String(n) + "\"></span>" : "",
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
    });
  }

  var map = L.map(element, { scrollWheelZoom: false, keyboard: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  L.tileLayer(data.tiles, { attribution: attribution(), maxZoom: 18, minZoom: 5 }).addTo(map);

  var points = data.groups.map(function (group) { return [group.lat, group.lon]; });
  if (data.center && data.zoom) {
    map.setView(data.center, data.zoom);
  } else if (points.length > 1) {
    map.fitBounds(points, { padding: [40, 40], maxZoom: 14 });
  } else if (points.length === 1) {
    map.setView(points[0], 13);
  } else {
    map.setView(data.center || [36.2, 139.0], data.center ? 11 : 8);
  }

  data.groups.forEach(function (group) {
    var exact = group.precision !== "municipality";
    var marker = L.marker([group.lat, group.lon], {
      icon: icon(group), keyboard: true, title: label(group), riseOnHover: true,
      zIndexOffset: exact ? 1000 : 0,
    });
    marker.bindPopup(popup(group));
    marker.addTo(map);
    var node = marker.getElement();
    node.setAttribute("aria-label", label(group));
    node.setAttribute("role", "button");
    marker.on("popupopen", function (event) {
      var box = event.popup.getElement();
      var link = box.querySelector(".leaflet-popup-content a[href]");
      if (link) link.focus({ preventScroll: true });
      if (box.getAttribute("data-keys")) return;
      box.setAttribute("data-keys", "1");
      box.addEventListener("keydown", function (key) {
        if (key.key === "Escape") {
          map.closePopup();
          node.focus({ preventScroll: true });
        }
      });
    });
    marker.on("popupclose", function () {
      var active = document.activeElement;
      if (!active || active === document.body) node.focus({ preventScroll: true });
    });
  });
})();
