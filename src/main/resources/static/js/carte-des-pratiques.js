// The map of practices with a tile server (app.map.tile-url): Leaflet replaces the plain SVG map.
// Without a tile server this file is not loaded and the server-side SVG map stays.
(function () {
  var box = document.getElementById('carte-leaflet');
  var data = document.getElementById('carte-points');
  if (!box || !data || typeof L === 'undefined') {
    return;
  }
  var points = JSON.parse(data.textContent);
  box.hidden = false;
  var map = L.map(box, { scrollWheelZoom: false });
  L.tileLayer(box.getAttribute('data-tile-url'), {
    maxZoom: 18,
    attribution: box.getAttribute('data-attribution') || ''
  }).addTo(map);
  var bounds = [];
  points.forEach(function (p) {
    var shown = p.titles.length > 0;
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: shown ? 7 + Math.min(p.titles.length, 5) * 2 : 5,
      color: p.welcomes ? '#2e7d32' : '#333',
      weight: p.welcomes ? 4 : 2,
      fillColor: shown ? '#1f5fa8' : '#fff',
      fillOpacity: 0.9
    }).addTo(map);
    var text = document.createElement('div');
    var name = document.createElement('strong');
    name.textContent = (p.number > 0 ? p.number + '. ' : '') + p.name;
    text.appendChild(name);
    p.titles.forEach(function (t) {
      var line = document.createElement('div');
      line.textContent = t;
      text.appendChild(line);
    });
    marker.bindPopup(text);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length > 0) {
    map.fitBounds(bounds, { padding: [30, 30] });
  }
  document.getElementById('carte-svg').hidden = true;
})();
