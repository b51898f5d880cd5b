// Builds the bundled country boundaries Frontwatch clips control areas to and draws on its map, from Natural
// Earth's 1:10m countries (npm world-atlas, TopoJSON) converted with topojson-client. Run by ./setup.
// Only countries near the war are kept; the C# side clips them to the region it draws.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ?? join(root, "artifacts", "boundaries", "countries.geojson");
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
