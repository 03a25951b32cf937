// The benchmark driver behind scripts/bench (which builds first):
//   node bench.mjs [--json] [--size MB] [--runs N] [--scaling] [--sizes 1,10,100]
// Every system runs as its own process, timed here and measured for peak RSS
// by /usr/bin/time; every run's output is checked (see README, Benchmarks).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const benchDir = path.join(root, 'build/bench');
const outDir = path.join(benchDir, 'out');
// Snapshots of the builds, taken once: other work in the same tree may rebuild
// build/wasm or build/release while the benchmark runs.
const snapshotDir = path.join(benchDir, 'snapshot');
const nativeBin = path.join(snapshotDir, 'recoupe');
const wasmPkg = path.join(snapshotDir, 'pkg');
const seedsDir = path.resolve(root, '../shared/corpus/seeds');
const SLICE = 5;
// People that compromise 14.17.0 and fr-compromise 0.2.8 find on their probe texts (run-compromise.mjs).
const PROBE_PEOPLE = { compromise: 5, 'fr-compromise': 2 };

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const asJson = flag('--json');
const runs = Math.max(1, Number(option('--runs', '3')));
const size = Number(option('--size', '5'));
const scaling = flag('--scaling');
const scalingSizes = option('--sizes', '1,10,100').split(',').map(Number);
for (const a of args) {
  if (a.startsWith('--') && !['--json', '--size', '--runs', '--scaling', '--sizes'].includes(a)) {
    console.error(`bench: unknown option ${a}`);
    process.exit(2);
  }
}

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const failures = [];
const fail = (message) => {
  failures.push(message);
  log(`FAILED: ${message}`);
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 2) => (x == null || !Number.isFinite(x) ? x : Number(x.toFixed(digits)));

// The corpus of SIZE MB, generated again when the generator or the seeds change.
function corpus(sizeMb) {
  const dir = path.join(benchDir, `corpus-${sizeMb}MB`);
  const haveSeeds = existsSync(seedsDir);
  const generator = path.join(here, 'generate-corpus.mjs');
  const stamp = createHash('sha256').update(readFileSync(generator)).update(haveSeeds ? 'seeds' : 'no-seeds').digest('hex');
  const stampFile = path.join(dir, '.stamp');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    log(`generating ${dir}`);
    const run = spawnSync(process.execPath, [generator, '--out', dir, '--size', String(sizeMb),
      ...(haveSeeds ? ['--seeds', seedsDir] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error('corpus generation failed');
    writeFileSync(stampFile, stamp);
  }
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  const bytes = files.reduce((sum, f) => sum + readFileSync(path.join(dir, f)).length, 0);
  return { dir, files, bytes, sizeMb, seeds: haveSeeds };
}

// Runs a command under /usr/bin/time; returns {seconds, rssMb, stdout?, stderr, status}.
function measure(command, commandArgs, stdoutFile) {
  const rssFile = path.join(outDir, 'rss.txt');
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...commandArgs], {
    stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 26, encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (stdoutFile) closeSync(fd);
  const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { seconds, rssMb: rssKb / 1024, stdout: run.stdout, stderr: run.stderr ?? '', status: run.status };
}

// Digests of analysis files, cached by the file's own hash (identical runs digest once).
const digestCache = new Map();
function digest(file) {
  const key = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (!digestCache.has(key)) {
    const run = spawnSync('python3', [path.join(here, 'digest.py'), file, '--slice', String(SLICE)], {
      encoding: 'utf8', maxBuffer: 1 << 24,
    });
    if (run.status !== 0) throw new Error(`digest of ${file} failed: ${run.stderr}`);
    digestCache.set(key, JSON.parse(run.stdout));
  }
  return digestCache.get(key);
}

// The reference: the native build on the first SLICE documents alone (seed bundles when the seeds exist).
let reference;
function referenceSlice(c) {
  if (reference) return reference;
  const dir = path.join(benchDir, 'reference-slice');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of c.files.slice(0, SLICE)) copyFileSync(path.join(c.dir, f), path.join(dir, f));
  const out = path.join(outDir, 'reference.json');
  const run = measure(nativeBin, ['analyze', dir], out);
  if (run.status !== 0) throw new Error(`reference run failed: ${run.stderr}`);
  reference = digest(out).slice;
  log(`reference slice: ${reference.mentions} mentions, hash ${reference.hash}`);
  return reference;
}

function checkSlice(system, d) {
  if (d.slice.mentions !== reference.mentions || d.slice.hash !== reference.hash ||
      d.slice.ids.join() !== reference.ids.join()) {
    fail(`${system}: the first ${SLICE} documents give ${d.slice.mentions} mentions (hash ${d.slice.hash}), ` +
         `the reference ${reference.mentions} (hash ${reference.hash})`);
    return false;
  }
  return true;
}

function runNative(c, timings) {
  const out = path.join(outDir, `native-${c.sizeMb}MB.json`);
  const run = measure(nativeBin, ['analyze', c.dir, '--timings'], out);
  if (run.status !== 0) {
    fail(`Recoupe native exited with ${run.status}: ${run.stderr.slice(-500)}`);
    return null;
  }
  const line = run.stderr.trim().split('\n').filter((l) => l.startsWith('{"timings"')).pop();
  if (timings && line) timings.push(JSON.parse(line).timings);
  const d = digest(out);
  checkSlice('Recoupe native', d);
  return { seconds: run.seconds, rssMb: run.rssMb, entities: d.entities, mentions: d.mentions, hash: d.hash };
}

function runWasm(c, nativeHash) {
  const out = path.join(outDir, `wasm-${c.sizeMb}MB.json`);
  const run = measure(process.execPath, ['--max-old-space-size=8192', path.join(here, 'run-wasm.mjs'), wasmPkg, c.dir, out]);
  if (run.status !== 0) {
    const lines = run.stderr.trim().split('\n');
    const reason = lines.find((l) => /Error\b/.test(l) && !/^\s+at /.test(l)) ?? lines.slice(-3).join(' | ');
    fail(`Recoupe wasm exited with ${run.status} at ${c.sizeMb} MB: ${reason.trim()}`);
    return null;
  }
  const stats = JSON.parse(run.stdout.trim().split('\n').pop());
  const d = digest(out);
  checkSlice('Recoupe wasm', d);
  if (nativeHash && d.hash !== nativeHash) fail(`Recoupe wasm: result ${d.hash} differs from native ${nativeHash} at ${c.sizeMb} MB`);
  // The peak the run measured itself before serialising its result for these checks.
  return { seconds: stats.seconds, rssMb: stats.maxRssMb, entities: d.entities, mentions: d.mentions };
}

function runBaseline(library, c) {
  const run = measure(process.execPath, [path.join(here, 'run-compromise.mjs'), library, c.dir]);
  if (run.status !== 0) {
    fail(`${library} exited with ${run.status}: ${run.stderr.slice(-500)}`);
    return null;
  }
  const stats = JSON.parse(run.stdout.trim().split('\n').pop());
  if (stats.probePeople !== PROBE_PEOPLE[library]) {
    fail(`${library}: ${stats.probePeople} people on the probe text, expected ${PROBE_PEOPLE[library]}`);
  }
  return { seconds: stats.seconds, rssMb: run.rssMb, entities: stats.entities, mentions: stats.mentions };
}

function summarise(results, bytes) {
  const ok = results.filter(Boolean);
  if (!ok.length) return { mb_s: null, peak_rss_mb: null, entities: null, mentions: null, runs_s: [] };
  return {
    mb_s: round(bytes / 1e6 / median(ok.map((r) => r.seconds))),
    peak_rss_mb: round(Math.max(...ok.map((r) => r.rssMb)), 1),
    entities: ok[0].entities,
    mentions: ok[0].mentions,
    runs_s: ok.map((r) => round(r.seconds, 3)),
  };
}

function repeat(name, fn) {
  const results = [];
  for (let i = 0; i < runs; ++i) {
    log(`${name}: run ${i + 1}/${runs}`);
    results.push(fn());
  }
  return results;
}

function stageRatios(timings) {
  if (!timings.length) return {};
  const stages = Object.keys(timings[0]).filter((k) => k !== 'total');
  const totals = timings.map((t) => t.total);
  const pick = timings[totals.indexOf(median(totals))] ?? timings[0];
  return Object.fromEntries(stages.map((s) => [s, round(pick[s] / pick.total, 3)]));
}

mkdirSync(outDir, { recursive: true });
rmSync(snapshotDir, { recursive: true, force: true });
mkdirSync(snapshotDir, { recursive: true });
copyFileSync(path.join(root, 'build/release/core/recoupe'), nativeBin);
chmodSync(nativeBin, 0o755);
cpSync(path.join(root, 'build/wasm/pkg'), wasmPkg, { recursive: true });
const report = {};
if (!scaling) {
  const c = corpus(size);
  referenceSlice(c);
  const timings = [];
  const native = repeat('Recoupe native', () => runNative(c, timings));
  const nativeHash = native.find(Boolean)?.hash;
  const systems = {
    'Recoupe native': summarise(native, c.bytes),
    'Recoupe wasm': summarise(repeat('Recoupe wasm', () => runWasm(c, nativeHash)), c.bytes),
    compromise: summarise(repeat('compromise', () => runBaseline('compromise', c)), c.bytes),
    'fr-compromise': summarise(repeat('fr-compromise', () => runBaseline('fr-compromise', c)), c.bytes),
  };
  const speed = (a, b) => (systems[a].mb_s && systems[b].mb_s ? round(systems[a].mb_s / systems[b].mb_s, 1) : null);
  const medianTimings = timings.length ? timings[timings.map((t) => t.total).indexOf(median(timings.map((t) => t.total)))] ?? timings[0] : null;
  Object.assign(report, {
    corpus_bytes: c.bytes,
    corpus: { dir: path.relative(root, c.dir), documents: c.files.length, seeds: c.seeds },
    systems,
    ratios: {
      stages: stageRatios(timings),
      stage_seconds: medianTimings,
      wasm_over_native: speed('Recoupe wasm', 'Recoupe native'),
      native_over_compromise: speed('Recoupe native', 'compromise'),
      wasm_over_compromise: speed('Recoupe wasm', 'compromise'),
      wasm_over_fr_compromise: speed('Recoupe wasm', 'fr-compromise'),
      native_peak_rss_over_input: round(systems['Recoupe native'].peak_rss_mb * 1048576 / c.bytes, 1),
      wasm_peak_rss_over_input: round(systems['Recoupe wasm'].peak_rss_mb * 1048576 / c.bytes, 1),
    },
  });
} else {
  const scalingReport = { 'Recoupe native': {}, 'Recoupe wasm': {} };
  const bytesBySize = {};
  const stagesBySize = {};
  for (const sizeMb of scalingSizes) {
    const c = corpus(sizeMb);
    referenceSlice(c);
    bytesBySize[sizeMb] = c.bytes;
    const timings = [];
    const native = summarise(repeat(`Recoupe native ${sizeMb} MB`, () => runNative(c, timings)), c.bytes);
    const nativeHash = digest(path.join(outDir, `native-${sizeMb}MB.json`)).hash;
    const wasm = summarise(repeat(`Recoupe wasm ${sizeMb} MB`, () => runWasm(c, nativeHash)), c.bytes);
    scalingReport['Recoupe native'][sizeMb] = native;
    scalingReport['Recoupe wasm'][sizeMb] = wasm;
    stagesBySize[sizeMb] = stageRatios(timings);
  }
  Object.assign(report, { corpus_bytes: bytesBySize, scaling: scalingReport, ratios: { stages: stagesBySize } });
}
report.failures = failures;

if (asJson) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const row = (cells, widths) => cells.map((cell, i) => String(cell ?? '-').padStart(widths[i])).join('  ');
  const widths = [16, 8, 10, 14, 10, 10];
  if (!scaling) {
    console.log(`corpus: ${report.corpus.dir}, ${(report.corpus_bytes / 1e6).toFixed(1)} MB, ${report.corpus.documents} files, ${runs} runs`);
    console.log(row(['system', 'MB/s', 'peak MB', 'RSS / input', 'entities', 'mentions'], widths));
    for (const [name, s] of Object.entries(report.systems)) {
      console.log(row([name, s.mb_s, s.peak_rss_mb, s.peak_rss_mb ? `${(s.peak_rss_mb * 1048576 / report.corpus_bytes).toFixed(1)}x` : '-', s.entities, s.mentions], widths));
    }
    const r = report.ratios;
    console.log(`stages (native): ${Object.entries(r.stages).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
    console.log(`wasm/native ${r.wasm_over_native}x, native/compromise ${r.native_over_compromise}x, wasm/compromise ${r.wasm_over_compromise}x, wasm/fr-compromise ${r.wasm_over_fr_compromise}x`);
  } else {
    console.log(row(['system', ...scalingSizes.map((s) => `${s} MB`)], [16, ...scalingSizes.map(() => 18)]));
    for (const [name, bySize] of Object.entries(report.scaling)) {
      console.log(row([name, ...scalingSizes.map((s) => (bySize[s].mb_s == null ? 'failed' : `${bySize[s].mb_s} MB/s ${Math.round(bySize[s].peak_rss_mb)} MB`))], [16, ...scalingSizes.map(() => 18)]));
    }
    for (const s of scalingSizes) {
      console.log(`stages at ${s} MB: ${Object.entries(report.ratios.stages[s]).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
    }
  }
  console.log(failures.length ? `FAILED: ${failures.length} check(s) failed` : 'all checks passed');
}
process.exit(failures.length ? 1 : 0);
