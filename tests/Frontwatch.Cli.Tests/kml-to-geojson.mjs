// Reads a KML file with @tmcw/togeojson (over @xmldom/xmldom's DOM parser), as web maps and converters do, and
// prints the GeoJSON FeatureCollection it makes of it. Used by ExportTests to check that our KML parses with a
// KML library. Usage: node kml-to-geojson.mjs FILE.kml
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { kml } from "@tmcw/togeojson";

const file = process.argv[2];
if (!file) {
  console.error("usage: node kml-to-geojson.mjs FILE.kml");
  process.exit(2);
}
let parseError = null;
const doc = new DOMParser({
  onError: (level, message) => {
    if (level !== "warning") parseError ??= message;
  },
}).parseFromString(readFileSync(file, "utf8"), "text/xml");
if (parseError) {
  console.error(`${file}: ${parseError}`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(kml(doc)));
