// The map page: a day's assessed control on the map, a time slider over the days with claims, a panel with a place's
// timeline and claims (or a report's text), filters, a place search and a keyboard-reachable list of places.
// No framework, no build step; everything the API says is inserted as text (see dom.js).
import { el, append, clear } from "./dom.js";
import { holderClass, confidenceOpacity } from "./holders.js";
import { createListOnlyView, createMapView } from "./mapview.js";
import { renderPlace, renderReport, passes } from "./panel.js";

const $ = id => document.getElementById(id);
const DayMs = 86_400_000;

const ui = {
  play: $("play"), slider: $("slider"), date: $("date"), status: $("status"),
  search: $("search"), results: $("search-results"),
  kind: $("filter-kind"), side: $("filter-side"), credibility: $("filter-credibility"), redraw: $("filter-redraw"),
  places: $("places"), placeCount: $("place-count"),
  panel: $("panel"), panelTitle: $("panel-title"), panelBody: $("panel-body"), panelClose: $("panel-close"),
  tooltip: $("tooltip"), map: $("map"),
};

const state = {
  first: null, last: null, changes: [], date: null,
  control: null,            // the drawn day's GeoJSON
  places: new Map(),        // key → place properties on the drawn day
  open: null,               // { kind: "place", key, data } | { kind: "report", id, data }
  returnFocus: null,
  request: 0,
  playing: null,
  matching: null,           // place keys with a claim that passes the filters; null when no filter is set
  filterRequest: 0,
  redrawn: false,           // whether the drawn map was assessed from the filtered claims only
};

// The filters mark places among at most this many matching claims (newest first), so a huge store stays quick.
const FilterPages = 20, FilterPageSize = 500;

function toDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(day) {
  return Date.parse(`${day}T00:00:00Z`);
}

function status(text) {
  ui.status.textContent = text;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      if (problem.detail) detail = problem.detail;
    } catch { /* not a problem document */ }
    throw new Error(`${path}: ${detail}`);
  }
  return response.json();
}

function filters() {
  return { kind: ui.kind.value, side: ui.side.value, minCredibility: Number(ui.credibility.value) || 6 };
}

// --- the day ---

async function setDate(day) {
  if (!state.first) return;
  if (day < state.first) day = state.first;
  if (day > state.last) day = state.last;
  ui.slider.value = String(Math.round((dayMs(day) - dayMs(state.first)) / DayMs));
  ui.slider.setAttribute("aria-valuetext", day);
  ui.date.value = day;
  state.date = day;
  const request = ++state.request;
  status(`Loading ${day}…`);
  let control;
  try {
    control = await getJson(`api/control.geojson?${controlQuery(day)}`);
  } catch (error) {
    if (request === state.request) status(`Could not load the map for ${day}: ${error.message}`);
    return;
  }
  if (request !== state.request) return;
  state.control = control;
  state.places = new Map(control.features.filter(f => f.properties?.kind === "place").map(f => [String(f.properties.key), { ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }]));
  renderPlaceList();
  if (state.open?.kind === "place") showPlace(state.open.data);
  await view.setControl(control);
  if (request !== state.request) return;
  ui.map.dataset.rendered = day;
  for (const format of ["geojson", "kml", "csv"]) $(`download-${format}`).href = `api/export.${format}?date=${encodeURIComponent(day)}`;
  if (state.matching) {
    const shown = [...state.places.keys()].filter(k => state.matching.has(k)).length;
    status(`${day}: ${shown} of ${state.places.size} places have claims that pass the filters.${redrawNote()}`);
  } else {
    status(`${day}: ${state.places.size} assessed ${state.places.size === 1 ? "place" : "places"}.${redrawNote()}`);
  }
}

/** The control map's query: the day, and the filters when the map is to be redrawn from the claims that pass them. */
function controlQuery(day) {
  const query = new URLSearchParams({ date: day });
  const f = filters();
  if (ui.redraw.checked) {
    if (f.kind) query.set("kind", f.kind);
    if (f.side) query.set("claimantSide", f.side);
    if (f.minCredibility < 6) query.set("minCredibility", String(f.minCredibility));
  }
  return query;
}

function redrawNote() {
  return ui.redraw.checked && controlQuery(state.date).size > 1 ? " The map is drawn from those claims only." : "";
}

function sliderDay() {
  return toDay(dayMs(state.first) + Number(ui.slider.value) * DayMs);
}

function nextChange(after) {
  return state.changes.find(d => d > after) ?? null;
}

function stopPlaying() {
  if (state.playing) clearTimeout(state.playing);
  state.playing = null;
  ui.play.textContent = "Play";
  ui.play.setAttribute("aria-pressed", "false");
}

async function playStep() {
  const next = nextChange(state.date);
  if (!next) {
    stopPlaying();
    return;
  }
  await setDate(next);
  if (state.playing) state.playing = setTimeout(playStep, 900);
}

function togglePlay() {
  if (state.playing) {
    stopPlaying();
    return;
  }
  ui.play.textContent = "Pause";
  ui.play.setAttribute("aria-pressed", "true");
  state.playing = -1;
  // From the end, play starts again at the first day.
  if (!nextChange(state.date)) {
    setDate(state.first).then(() => { if (state.playing) state.playing = setTimeout(playStep, 900); });
  } else {
    playStep();
  }
}

// --- the places list ---

function placeButton(p, onClick) {
  const swatch = el("span", { className: `swatch ${holderClass(p.holder)}`, attrs: { "aria-hidden": "true" } });
  swatch.style.opacity = String(confidenceOpacity(p.confidence));
  return el("button", {
    className: "place-button",
    attrs: { type: "button", title: `${p.label}, confidence ${Math.round(p.confidence * 100)}%` },
    dataset: { key: p.key, holder: p.holder },
    on: { click: onClick },
  }, swatch, el("span", { className: "place-name", text: p.name }),
  el("span", { className: "sources", text: String(p.sources), attrs: { title: "claimants supporting the holder", "aria-label": `${p.sources} sources` } }),
  el("span", { className: "place-label", text: p.label }));
}

function renderPlaceList() {
  const sorted = [...state.places.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  clear(ui.places);
  for (const p of sorted) {
    const button = placeButton(p, () => openPlace(p.key));
    if (state.matching && !state.matching.has(String(p.key))) {
      button.classList.add("filtered-out");
      button.title += "; no claim passes the filters";
    }
    append(ui.places, el("li", {}, button));
  }
  ui.placeCount.textContent = String(sorted.length);
}

// --- the panel ---

function openPanel(title) {
  if (ui.panel.hidden) state.returnFocus = document.activeElement;
  ui.panelTitle.textContent = title;
  ui.panel.hidden = false;
  ui.panel.focus();
  view.inset(ui.panel.offsetLeft + ui.panel.offsetWidth);
}

function closePanel() {
  if (ui.panel.hidden) return;
  ui.panel.hidden = true;
  state.open = null;
  view.select(null);
  view.inset(0);
  if (location.hash) history.pushState(null, "", location.pathname + location.search);
  const back = state.returnFocus;
  state.returnFocus = null;
  if (back instanceof HTMLElement && document.contains(back)) back.focus();
}

function showPlace(place) {
  renderPlace(ui.panelBody, place, state.places.get(String(place.key)) ?? null, state.date, filters());
}

function setHash(hash) {
  if (location.hash !== hash) history.pushState(null, "", hash);
}

async function openPlace(key, { fly = false } = {}) {
  let place;
  try {
    place = await getJson(`api/places/${encodeURIComponent(key)}`);
  } catch (error) {
    status(error.message);
    return;
  }
  state.open = { kind: "place", key: String(place.key), data: place };
  setHash(`#place/${encodeURIComponent(place.key)}`);
  view.select(String(place.key));
  openPanel(place.name);
  showPlace(place);
  if (fly) view.flyTo(place.lon, place.lat);
}

async function openReport(id) {
  let report;
  try {
    report = await getJson(`api/reports/${encodeURIComponent(id)}`);
  } catch (error) {
    status(error.message);
    return;
  }
  state.open = { kind: "report", id, data: report };
  setHash(`#report/${encodeURIComponent(id)}`);
  view.select(null);
  openPanel(report.title || `Report ${report.id}`);
  renderReport(ui.panelBody, report, filters());
}

function route() {
  const match = /^#(place|report)\/(.+)$/.exec(location.hash);
  if (!match) {
    if (!ui.panel.hidden) closePanel();
    return;
  }
  const value = decodeURIComponent(match[2]);
  if (match[1] === "place" && !(state.open?.kind === "place" && state.open.key === value)) openPlace(value, { fly: true });
  if (match[1] === "report" && !(state.open?.kind === "report" && state.open.id === value)) openReport(value);
}

/**
 * Applies the filters: to the claims in the panel, and on the map and in the places list, where places with no claim
 * that passes them are dimmed. Kind and credibility go to /api/claims; the claimant's side is checked here.
 */
async function refilter() {
  // A map redrawn from the filtered claims is fetched anew; otherwise the filters only dim places and choose claims.
  if (ui.redraw.checked || state.redrawn) {
    state.redrawn = ui.redraw.checked;
    await setDate(state.date);
  }
  if (state.open?.kind === "place") showPlace(state.open.data);
  if (state.open?.kind === "report") renderReport(ui.panelBody, state.open.data, filters());
  const f = filters();
  const request = ++state.filterRequest;
  if (!f.kind && !f.side && f.minCredibility >= 6) {
    state.matching = null;
    view.highlight(null);
    renderPlaceList();
    status(`${state.date}: ${state.places.size} assessed ${state.places.size === 1 ? "place" : "places"}.`);
    return;
  }
  const keys = new Set();
  let page = 1, seen = 0, total = 0;
  try {
    do {
      const query = new URLSearchParams({ page: String(page), pageSize: String(FilterPageSize) });
      if (f.kind) query.set("kind", f.kind);
      if (f.minCredibility < 6) query.set("minCredibility", String(f.minCredibility));
      const found = await getJson(`api/claims?${query}`);
      if (request !== state.filterRequest) return;
      total = found.total;
      seen += found.items.length;
      for (const claim of found.items) if (passes(claim, f) && claim.place?.key) keys.add(String(claim.place.key));
      page++;
      if (found.items.length === 0) break;
    } while (seen < total && page <= FilterPages);
  } catch (error) {
    status(`Could not apply the filters: ${error.message}`);
    return;
  }
  state.matching = keys;
  view.highlight(keys);
  renderPlaceList();
  const shown = [...state.places.keys()].filter(k => keys.has(k)).length;
  status(`${state.date}: ${shown} of ${state.places.size} places have claims that pass the filters` +
    (seen < total ? ` (among the newest ${seen} of ${total} claims).` : ".") + redrawNote());
}

// --- search ---

let searchTimer = null;
let searchRequest = 0;

function closeResults() {
  ui.results.hidden = true;
  clear(ui.results);
  ui.search.setAttribute("aria-expanded", "false");
}

async function search() {
  const q = ui.search.value.trim();
  const request = ++searchRequest;
  if (!q) {
    closeResults();
    return;
  }
  let found;
  try {
    found = await getJson(`api/places?q=${encodeURIComponent(q)}&limit=10`);
  } catch (error) {
    status(error.message);
    return;
  }
  if (request !== searchRequest) return;
  clear(ui.results);
  if (found.places.length === 0) append(ui.results, el("li", { className: "none", text: "No place by that name." }));
  for (const p of found.places) {
    const where = [p.admin1, p.country].filter(Boolean).join(", ");
    append(ui.results, el("li", {}, el("button", {
      attrs: { type: "button" },
      dataset: { key: p.key },
      // The result goes away: focus goes back to the search box first, so closing the panel returns there.
      on: { click: () => { ui.search.focus(); closeResults(); ui.search.value = p.name; openPlace(p.key, { fly: true }); } },
    }, el("span", { className: "place-name", text: p.name }), where ? el("span", { className: "where", text: ` ${where}` }) : null)));
  }
  ui.results.hidden = false;
  ui.search.setAttribute("aria-expanded", "true");
}

function resultButtons() {
  return [...ui.results.querySelectorAll("button")];
}

// --- the map's pointer ---

function hover(properties, point) {
  if (!properties || !point) {
    ui.tooltip.hidden = true;
    return;
  }
  clear(ui.tooltip);
  append(ui.tooltip,
    el("strong", { text: properties.name }),
    el("br"),
    `${properties.label}, confidence ${Math.round(Number(properties.confidence) * 100)}%`,
    el("br"),
    `${properties.sources} ${Number(properties.sources) === 1 ? "source" : "sources"}${properties.unconfirmed === true || properties.unconfirmed === "true" ? " · claimed, unconfirmed" : ""}`);
  const box = ui.map.getBoundingClientRect();
  ui.tooltip.style.left = `${box.left + point.x + 12}px`;
  ui.tooltip.style.top = `${box.top + point.y + 12}px`;
  ui.tooltip.hidden = false;
}

// --- start ---

let view;
const baseMapNote = el("p", { className: "note" });

async function start() {
  const [config, dates] = await Promise.all([getJson("api/config"), getJson("api/dates")]);
  try {
    view = createMapView(ui.map, { tiles: config.tiles, onPlaceClick: key => { ui.tooltip.hidden = true; openPlace(key); }, onPlaceHover: hover,
      onBaseMapError: message => { baseMapNote.textContent = `The online base map did not load (${message}); the map is drawn without it.`; },
    });
  } catch (error) {
    // No WebGL2 (or another reason MapLibre cannot start): keep the rest of the page working from the places list.
    view = createListOnlyView();
    baseMapNote.textContent = `The map cannot be drawn in this browser (${/webgl/i.test(error.message) ? "it lacks WebGL2" : error.message}); the places list, the slider and the panel still work.`;
  }

  // A read-only hook for the browser tests and the curious: what the map draws for a place.
  window.frontwatch = Object.freeze({
    date: () => ui.map.dataset.rendered ?? null,
    places: name => view.placesNamed(name),
    placeColour: name => view.placesNamed(name)[0]?.colour ?? null,
    project: (lon, lat) => view.project(lon, lat),
  });

  ui.status.after(baseMapNote);
  getJson("api/boundaries.geojson").then(b => view.setBoundaries(b), error => status(`No boundaries: ${error.message}`));

  ui.play.addEventListener("click", togglePlay);
  ui.slider.addEventListener("input", () => { stopPlaying(); setDate(sliderDay()); });
  ui.date.addEventListener("change", () => { if (ui.date.value) { stopPlaying(); setDate(ui.date.value); } });
  for (const select of [ui.kind, ui.side, ui.credibility, ui.redraw]) select.addEventListener("change", refilter);
  $("filters").addEventListener("submit", e => e.preventDefault());
  ui.panelClose.addEventListener("click", closePanel);
  window.addEventListener("hashchange", route);
  window.addEventListener("popstate", route);

  ui.search.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 200);
  });
  ui.search.addEventListener("keydown", e => {
    if (e.key === "ArrowDown") {
      resultButtons()[0]?.focus();
      e.preventDefault();
    } else if (e.key === "Enter") {
      e.preventDefault();
      clearTimeout(searchTimer);
      search().then(() => resultButtons()[0]?.click());
    }
  });
  ui.results.addEventListener("keydown", e => {
    const buttons = resultButtons();
    const at = buttons.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && at < buttons.length - 1) { buttons[at + 1].focus(); e.preventDefault(); }
    if (e.key === "ArrowUp") { (at > 0 ? buttons[at - 1] : ui.search).focus(); e.preventDefault(); }
  });
  document.addEventListener("keydown", e => {
    if (e.key !== "Escape") return;
    if (!ui.results.hidden) {
      closeResults();
      ui.search.focus();
    } else {
      closePanel();
    }
  });
  document.addEventListener("click", e => {
    if (!ui.results.hidden && !ui.results.contains(e.target) && e.target !== ui.search) closeResults();
  });

  if (!dates.first || !dates.last) {
    status("The store holds no claims yet: ingest some reports first.");
    return;
  }
  state.first = dates.first;
  state.last = dates.last;
  state.changes = dates.changes ?? [];
  ui.slider.max = String(Math.round((dayMs(dates.last) - dayMs(dates.first)) / DayMs));
  ui.date.min = dates.first;
  ui.date.max = dates.last;
  ui.slider.disabled = false;
  ui.date.disabled = false;
  await setDate(dates.last);
  route();
}

start().catch(error => status(`The map could not start: ${error.message}`));

