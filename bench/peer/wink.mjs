// The peer baseline of `frontwatch-bench extract`: wink-nlp with wink-eng-lite-web-model, its
// sentence splitter, POS tagger and named-entity recogniser on, over the same reports.
//
//   node bench/peer/wink.mjs REPORTS.jsonl [--runs 3] [--warmups 1] [--pipe sbd,pos,ner]
//
// REPORTS.jsonl holds one report per line as a JSON string (the reports have paragraph breaks, so
// a bare line per report would cut them up). The file is read and parsed before any timing; each
// run calls readDoc once per report and reads its sentence and entity counts. Prints one JSON
// object: bytes (UTF-8 of the report texts), the median wall and CPU milliseconds of the timed
// runs (process.cpuUsage(): user + system of the whole process, so V8's GC and compiler threads
// count), every run, and what wink found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function usage(message) {
  if (message) process.stderr.write(`wink.mjs: ${message}\n`);
  process.stderr.write('usage: node wink.mjs REPORTS.jsonl [--runs 3] [--warmups 1] [--pipe sbd,pos,ner]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let file = null;
let runs = 3;
let warmups = 1;
let pipe = ['sbd', 'pos', 'ner'];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => (i + 1 < args.length ? args[++i] : usage(`${a} needs a value`));
  if (a === '--runs') runs = Number.parseInt(value(), 10);
  else if (a === '--warmups') warmups = Number.parseInt(value(), 10);
  else if (a === '--pipe') pipe = value().split(',').filter((p) => p.length > 0);
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (file === null) file = a;
  else usage(`unexpected argument ${a}`);
}
if (file === null) usage('no reports file');
if (!(runs > 0) || !(warmups >= 0)) usage('--runs must be at least 1 and --warmups at least 0');

let winkNLP, model;
try {
  winkNLP = require('wink-nlp');
  model = require('wink-eng-lite-web-model');
} catch (e) {
  process.stderr.write(`wink.mjs: ${e.message}\nrun 'npm install' in bench/peer first\n`);
  process.exit(3);
}

const loadStart = process.hrtime.bigint();
const nlp = winkNLP(model, pipe);
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

const reports = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line));
let bytes = 0;
for (const r of reports) bytes += Buffer.byteLength(r, 'utf8');

let sentences = 0;
let entities = 0;
let tokens = 0;
function pass() {
  let s = 0;
  let e = 0;
  let t = 0;
  for (const text of reports) {
    const doc = nlp.readDoc(text);
    s += doc.sentences().length();
    e += doc.entities().length();
    t += doc.tokens().length();
  }
  sentences = s;
  entities = e;
  tokens = t;
}

for (let i = 0; i < warmups; i++) pass();
const timed = [];
for (let i = 0; i < runs; i++) {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  pass();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  timed.push({ wall_ms: round(wallMs), cpu_ms: round((cpu.user + cpu.system) / 1000) });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const wallMs = median(timed.map((r) => r.wall_ms));
const cpuMs = median(timed.map((r) => r.cpu_ms));

function round(x) {
  return Math.round(x * 10) / 10;
}

function versionOf(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return null;
  }
}

process.stdout.write(
  JSON.stringify({
    peer: 'wink-nlp',
    wink_nlp: versionOf('wink-nlp'),
    model: versionOf('wink-eng-lite-web-model'),
    node: process.version,
    pipe,
    reports: reports.length,
    bytes,
    warmups,
    runs: timed,
    wall_ms: wallMs,
    cpu_ms: cpuMs,
    mb_per_s: round(bytes / 1e3 / wallMs),
    mb_per_cpu_s: round(bytes / 1e3 / cpuMs),
    load_ms: round(loadMs),
    sentences,
    entities,
    tokens,
  }) + '\n',
);
