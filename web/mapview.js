// The map: MapLibre GL JS as npm installed it (served by the app at /vendor/maplibre/), an inline style with the
// bundled country and region boundaries, the day's control areas, the line and the assessed places. No glyphs are served
// offline, so the map has no text layers: names are in the tooltip, the panel and the places list.
import * as maplibregl from "./vendor/maplibre/maplibre-gl.mjs";
import { HolderColours } from "./holders.js";

const Empty = Object.freeze({ type: "FeatureCollection", features: [] });

// Ukraine and the Russian border regions, for the first view before any place is known.
const UkraineBounds = [[22.1, 44.3], [40.3, 52.4]];

const holderMatch = ["match", ["get", "holder"],
  "RU", HolderColours.RU, "UA", HolderColours.UA, "contested", HolderColours.contested, HolderColours.unknown];

function style(tiles) {
  const sources = {
    boundaries: { type: "geojson", data: Empty },
    control: { type: "geojson", data: Empty },
  };
  const layers = [{ id: "background", type: "background", paint: { "background-color": "#cfdde6" } }];
  if (tiles) {
    sources.base = { type: "raster", tiles: [tiles], tileSize: 256, maxzoom: 19 };
    layers.push({ id: "base", type: "raster", source: "base" });
  }
  layers.push(
    {
      id: "countries", type: "fill", source: "boundaries", filter: ["has", "iso"],
      paint: {
        "fill-color": ["case", ["==", ["get", "iso"], "UA"], "#f7f4ea", "#e6e2d8"],
        "fill-opacity": tiles ? 0.35 : 1,
      },
    },
    {
      id: "areas", type: "fill", source: "control", filter: ["==", ["get", "kind"], "area"],
      paint: { "fill-color": holderMatch, "fill-opacity": 0.22 },
    },
    {
      // Oblast and Russian region boundaries, under the country borders.
      id: "regions", type: "line", source: "boundaries", filter: ["has", "region"],
      paint: { "line-color": "#8d8a80", "line-width": 0.6, "line-dasharray": [3, 2] },
    },
    {
      id: "borders", type: "line", source: "boundaries", filter: ["has", "iso"],
      paint: { "line-color": "#8d8a80", "line-width": 0.8 },
    },
    {
      id: "ukraine", type: "line", source: "boundaries", filter: ["==", ["get", "iso"], "UA"],
      paint: { "line-color": "#3b3a36", "line-width": 2 },
    },
    {
      id: "line", type: "line", source: "control", filter: ["==", ["get", "kind"], "line"],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": "#1d1d1d", "line-width": 3.5 },
    },
    {
      id: "places", type: "circle", source: "control", filter: ["==", ["get", "kind"], "place"],
      paint: {
        "circle-color": holderMatch,
        "circle-opacity": ["+", 0.3, ["*", 0.7, ["to-number", ["get", "confidence"], 0]]],
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 4.5, 8, 7, 12, 11],
        // A contested place is ringed in the colour of the side it leans to.
        "circle-stroke-color": ["match", ["get", "leaning"], "RU", HolderColours.RU, "UA", HolderColours.UA, "#ffffff"],
        "circle-stroke-width": ["case", ["==", ["get", "holder"], "contested"], 2, 1],
      },
    },
    {
      id: "selected", type: "circle", source: "control", filter: ["==", ["get", "key"], ""],
      paint: {
        "circle-color": "rgba(0,0,0,0)",
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 9, 8, 12, 12, 16],
        "circle-stroke-color": "#111111",
        "circle-stroke-width": 2.5,
      },
    });
  return { version: 8, sources, layers };
}

/** A MapLibre colour ({ r, g, b, a } from 0 to 1) as #rrggbb; null for anything else. */
function hex(colour) {
  if (!colour || !["r", "g", "b"].every(c => Number.isFinite(colour[c]))) return null;
  const a = Number.isFinite(colour.a) && colour.a > 0 ? colour.a : 1;
  // Premultiplied by alpha in MapLibre's evaluated colours.
  return "#" + ["r", "g", "b"].map(c => Math.round(Math.min(1, colour[c] / a) * 255).toString(16).padStart(2, "0")).join("");
}

function tileHost(template) {
  try {
    return new URL(template.replaceAll("{", "").replaceAll("}", "")).host;
  } catch {
    return "configured tiles";
  }
}

/** The box around most places: the 5th to 95th percentile of longitudes and latitudes, so a few far-off places (a strike deep in Russia) do not zoom the front out of sight. */
function coreBounds(points) {
  if (points.length === 0) return null;
  const lons = points.map(p => p[0]).sort((a, b) => a - b);
  const lats = points.map(p => p[1]).sort((a, b) => a - b);
  const at = (values, q) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))];
  const pad = 0.3;
  return [[at(lons, 0.05) - pad, at(lats, 0.05) - pad], [at(lons, 0.95) + pad, at(lats, 0.95) + pad]];
}

/**
 * Creates the map in `container`. `onPlaceClick(key)` and `onPlaceHover(properties|null, point)` report the pointer;
 * the returned view sets the day's control map and answers the page's questions about what is drawn.
 */
export function createMapView(container, { tiles, onPlaceClick, onPlaceHover, onBaseMapError }) {
  const map = new maplibregl.Map({
    container,
    style: style(tiles),
    bounds: UkraineBounds,
    fitBoundsOptions: { padding: 20 },
    // MapLibre inserts the attribution as HTML: only our own words and the tile server's host name (a URL's host
    // cannot hold markup characters) go there.
    attributionControl: { compact: true, customAttribution: "Boundaries: Natural Earth · Regions: amCharts · Places: GeoNames" + (tiles ? ` · Base map: ${tileHost(tiles)}` : "") },
    // The canvas's keyboard handler (arrows pan, +/- zoom) stays on; the page's own controls are reachable by Tab.
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");

  const loaded = new Promise(resolve => map.once("load", resolve));

  // The online base map is optional: when its tiles do not load (no network), say so once and draw without it.
  let baseFailed = false;
  map.on("error", e => {
    if (e.sourceId === "base" || (e.tile && e.source?.id === "base")) {
      if (!baseFailed) onBaseMapError?.(e.error?.message ?? "tiles did not load");
      baseFailed = true;
      return;
    }
    console.error(e.error ?? e);
  });
  let hovered = null;

  map.on("click", "places", e => {
    const key = e.features?.[0]?.properties?.key;
    if (key) onPlaceClick(String(key));
  });
  map.on("mousemove", "places", e => {
    const properties = e.features?.[0]?.properties ?? null;
    map.getCanvas().style.cursor = properties ? "pointer" : "";
    hovered = properties?.key ?? null;
    onPlaceHover(properties, e.point);
  });
  map.on("mouseleave", "places", () => {
    map.getCanvas().style.cursor = "";
    hovered = null;
    onPlaceHover(null, null);
  });

  let fitted = false;
  let inset = 0;

  return {
    map,
    loaded,

    get hovered() { return hovered; },

    async setBoundaries(collection) {
      await loaded;
      map.getSource("boundaries").setData(collection);
    },

    /** Draws a day's control map; resolves once the map has drawn it. */
    async setControl(collection) {
      await loaded;
      const idle = new Promise(resolve => map.once("idle", resolve));
      map.getSource("control").setData(collection);
      if (!fitted) {
        fitted = true;
        const bounds = coreBounds(collection.features.filter(f => f.properties?.kind === "place").map(f => f.geometry.coordinates));
        if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 8, duration: 0 });
      }
      map.triggerRepaint();
      await idle;
    },

    /** Dims the places whose keys are not in `keys` (a Set); null shows every place at full strength. */
    highlight(keys) {
      if (!map.getLayer("places")) return;
      const strength = ["+", 0.3, ["*", 0.7, ["to-number", ["get", "confidence"], 0]]];
      map.setPaintProperty("places", "circle-opacity",
        keys ? ["case", ["in", ["get", "key"], ["literal", [...keys]]], strength, 0.12] : strength);
      map.setPaintProperty("places", "circle-stroke-opacity", keys ? ["case", ["in", ["get", "key"], ["literal", [...keys]]], 1, 0.2] : 1);
    },

    /** Keeps the map's centre clear of a panel `width` pixels wide over its left side (0 when it closes). */
    inset(width) {
      inset = width;
      map.easeTo({ padding: { left: width, top: 0, right: 0, bottom: 0 }, duration: 300 });
    },

    select(key) {
      if (map.getLayer("selected")) map.setFilter("selected", ["==", ["get", "key"], key ?? ""]);
    },

    flyTo(lon, lat) {
      if (Number.isFinite(lon) && Number.isFinite(lat)) {
        map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 8), padding: { left: inset, top: 0, right: 0, bottom: 0 } });
      }
    },

    /** The drawn places named `name` (case-insensitive): key, holder, colour and opacity as the map paints them. */
    placesNamed(name) {
      const wanted = String(name).toLocaleLowerCase();
      const seen = new Set();
      const found = [];
      for (const f of map.queryRenderedFeatures({ layers: ["places"] })) {
        const p = f.properties;
        if (String(p.name).toLocaleLowerCase() !== wanted || seen.has(p.key)) continue;
        seen.add(p.key);
        // MapLibre hands back the layer's paint evaluated for this feature: the colour really drawn.
        const paint = f.layer?.paint ?? {};
        found.push({
          key: String(p.key),
          name: p.name,
          holder: p.holder,
          colour: hex(paint["circle-color"]),
          opacity: paint["circle-opacity"],
          lngLat: f.geometry.coordinates,
        });
      }
      return found;
    },

    /** The pixel, relative to the map's container, of a longitude and latitude. */
    project(lon, lat) {
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    },
  };
}

/**
 * The view when the map cannot start (no WebGL2, as in some locked-down or headless browsers): it draws nothing,
 * so the slider, the places list, the panel and the search still work on their own.
 */
export function createListOnlyView() {
  return {
    map: null,
    loaded: Promise.resolve(),
    get hovered() { return null; },
    async setBoundaries() {},
    async setControl() {},
    highlight() {},
    inset() {},
    select() {},
    flyTo() {},
    placesNamed() { return []; },
    project() { return null; },
  };
}
