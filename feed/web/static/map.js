// The map of /map: Natural Earth outlines of countries and provinces under the tiles (so the map is
// never blank when the tile server cannot be reached), and the meetings of the page's GeoJSON as
// clustered markers.
(function () {
  "use strict";
  var element = document.getElementById("map");
  var data = element.dataset;
  var status = document.getElementById("map-status");
  var map = L.map(element, { worldCopyJump: true, maxZoom: 18 }).setView([35, 105], 4);
  window.meetingsMap = map; // for tests and the console

  map.createPane("outlines").style.zIndex = 150; // under the tile pane (200)
  map.createPane("provinces").style.zIndex = 151; // over the countries, still under the tiles
  fetch(data.outlines)
    .then(function (response) { return response.json(); })
    .then(function (topology) {
      L.geoJSON(topojson.feature(topology, topology.objects.countries), {
        pane: "outlines",
        interactive: false,
        style: { color: "#6e7781", weight: 1, fillColor: "#f6f8fa", fillOpacity: 1 },
      }).addTo(map);
      map.attributionControl.addAttribution("Outlines: Natural Earth");
    });
  fetch(data.provinces)
    .then(function (response) { return response.json(); })
    .then(function (topology) {
      // the borders between two provinces (states, regions) of one country: coasts and the
      // countries' own borders are the country outlines'
      var borders = topojson.mesh(topology, topology.objects.provinces, function (a, b) {
        return a !== b && a.properties.sov_a3 === b.properties.sov_a3;
      });
      L.geoJSON(borders, {
        pane: "provinces",
        interactive: false,
        style: { color: "#8c959f", weight: 0.6 },
      }).addTo(map);
    });

  if (data.tiles) {
    L.tileLayer(data.tiles, { maxZoom: 18, attribution: data.attribution }).addTo(map);
  }

  var icon = L.icon({
    iconUrl: data.icon,
    iconRetinaUrl: data.icon2x,
    shadowUrl: data.shadow,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    shadowSize: [41, 41],
  });

  function line(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div;
  }

  function popup(properties) {
    var box = document.createElement("div");
    var name = document.createElement("a");
    name.href = properties.url;
    name.textContent = properties.name;
    box.append(name, line(properties.when));
    if (properties.place) box.append(line(properties.place));
    if (properties.status !== "held") box.append(line(properties.status));
    var ics = document.createElement("a");
    ics.href = properties.ics;
    ics.textContent = "Download .ics";
    box.append(ics);
    return box;
  }

  var clusters = L.markerClusterGroup();
  fetch(data.geojson)
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (collection) {
      clusters.addLayer(
        L.geoJSON(collection, {
          pointToLayer: function (feature, latlng) {
            var name = feature.properties.name;
            return L.marker(latlng, { icon: icon, title: name, alt: name });
          },
          onEachFeature: function (feature, layer) {
            layer.bindPopup(popup(feature.properties));
          },
        })
      );
      map.addLayer(clusters);
      if (collection.features.length) {
        map.fitBounds(clusters.getBounds(), { padding: [40, 40], maxZoom: 8 });
      }
      element.dataset.loaded = String(collection.features.length);
    })
    .catch(function () {
      status.textContent = "The meetings could not be loaded; they are listed below.";
    });
})();
