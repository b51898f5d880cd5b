// Builds the bundled boundaries Frontwatch clips control areas to and draws on its map. Run by ./setup.
// countries.geojson: Natural Earth's 1:10m countries (npm world-atlas, TopoJSON, converted with topojson-client),
// only those near the war; the C# side clips them to the region it draws.
// regions.geojson: Ukraine's oblasts (with Crimea and Sevastopol) and the Russian regions within the war's region,
// from amCharts' geodata (npm @amcharts/amcharts4-geodata, a linkware licence: credited on the map and in the README).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ?? join(root, "artifacts", "boundaries", "countries.geojson");
const regionsOut = join(dirname(out), "regions.geojson");
const topology = JSON.parse(readFileSync(join(root, "node_modules", "world-atlas", "countries-10m.json"), "utf8"));
// ISO 3166 numeric codes: Ukraine, Russia, Belarus, Moldova, Poland, Slovakia, Hungary, Romania, Georgia,
// Lithuania, Latvia, Estonia, Kazakhstan, Bulgaria, Türkiye, Serbia, Finland.
const keep = new Map([
  ["804", "UA"], ["643", "RU"], ["112", "BY"], ["498", "MD"], ["616", "PL"], ["703", "SK"], ["348", "HU"],
  ["642", "RO"], ["268", "GE"], ["440", "LT"], ["428", "LV"], ["233", "EE"], ["398", "KZ"], ["100", "BG"],
  ["792", "TR"], ["688", "RS"], ["246", "FI"],
]);
const all = feature(topology, topology.objects.countries);
const features = all.features
  .filter((f) => keep.has(String(f.id)))
  .map((f) => ({ type: "Feature", properties: { name: f.properties.name, iso: keep.get(String(f.id)) }, geometry: f.geometry }));
if (!features.some((f) => f.properties.iso === "UA") || !features.some((f) => f.properties.iso === "RU"))
  throw new Error("world-atlas lacks Ukraine or Russia: " + out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`boundaries: ${features.length} countries -> ${out}`);

// The war's region (as Land.Region in C#): lon 22–43.5, lat 41–54. A region is kept when its bounding box meets it.
const bounds = { west: 22.0, south: 41.0, east: 43.5, north: 54.0 };
function meetsRegion(geometry) {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0]) {
      west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat);
    }
  return west <= bounds.east && east >= bounds.west && south <= bounds.north && north >= bounds.south;
}
const geodata = join(root, "node_modules", "@amcharts", "amcharts4-geodata", "json");
const regions = [];
for (const [file, country] of [["ukraineHigh.json", "UA"], ["russiaLow.json", "RU"]]) {
  const collection = JSON.parse(readFileSync(join(geodata, file), "utf8"));
  for (const f of collection.features) {
    if (!f.geometry || !["Polygon", "MultiPolygon"].includes(f.geometry.type) || !meetsRegion(f.geometry)) continue;
    regions.push({ type: "Feature", properties: { region: f.properties.id, name: f.properties.name, country }, geometry: f.geometry });
  }
}
if (!regions.some((f) => f.properties.region === "UA-14")) throw new Error("amCharts geodata lacks Donetsk oblast (UA-14): " + regionsOut);
writeFileSync(regionsOut, JSON.stringify({ type: "FeatureCollection", features: regions }));
console.log(`boundaries: ${regions.length} regions -> ${regionsOut}`);
