/**
 * Studio benchmark (issue 9): edit → branch map latency on every shipped scenario, p50 and p95,
 * against the 250 ms budget.
 * - In Chromium, on the production build: a form edit (the change event) until the map of that
 *   version is drawn — the core's loader on the page, the debounce, the worker's load, the
 *   layout and the SVG — and until the analysis's colours are drawn on it. Two kinds of edit:
 *   words (a line's text; the exploration is unchanged and reused, map and colours come at once)
 *   and behaviour (a reply's techniques; the map comes with the check's marks, then the analysis
 *   runs again).
 * - In Node, the worker's part alone (`answer`: load, analyse, build the map) for a behaviour
 *   edit, as a ratio against the core's full `analyzeScenario` on the same text (the peer).
 *
 * Options: `--only NAME[,NAME]` (scenario file names, with or without `.yaml`), `--no-browser`,
 * `--no-node`; `BENCH_EDITS=N` edits of each kind per scenario (default 12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { launchBrowser, serveBuild } from '../tests/browser/support.ts';
import { scenarioFiles } from '../src/cli/files.ts';
import { applyEdit } from '../src/studio/yamlEdit.ts';
import { answers } from '../src/studio/analysisWorker.ts';
import { analyzeScenario } from '../src/core/analyze.ts';
import { loadScenario } from '../src/core/load.ts';

const root = new URL('..', import.meta.url).pathname;
const EDITS = Number(process.env.BENCH_EDITS ?? 12);
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const fmt = (n: number) => n.toFixed(0).padStart(5);
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').map((n) => n.replace(/\.yaml$/, '')) : undefined;
const files = scenarioFiles(['scenarios'], root).files.filter((f) => !only || only.includes(f.split('/').pop()!.replace(/\.yaml$/, '')));

/** A reply whose techniques the bench toggles: the last reply of the first beat. */
function toggled(text: string, on: boolean): string {
  const data = parse(text) as { beats: { options: { techniques: string[] }[] }[] };
  const options = data.beats[0]!.options;
  const k = options.length - 1;
  const base = options[k]!.techniques.filter((t) => t !== 'thank');
  return applyEdit(text, { op: 'set', path: ['beats', 0, 'options', k, 'techniques'], value: on ? [...base, 'thank'] : base });
}

async function browserLatency(): Promise<void> {
  const server = await serveBuild('sabr-bench-studio');
  const browser = await launchBrowser();
  console.log(`\nStudio: edit → map drawn, in Chromium on the production build, ${EDITS} edits of each kind per scenario (budget 250 ms p95)`);
  try {
    for (const file of files) {
      const name = file.split('/').pop()!;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}studio.html?bench`);
      await page.waitForSelector('#open-library');
      type Probe = { sabrStudio: { latency: { map: number[]; analysis: number[] } } };
      // The template the studio starts on is analysed first; then the scenario, before any edit is timed.
      await page.waitForFunction(() => (window as unknown as Probe).sabrStudio.latency.analysis.length > 0, undefined, { timeout: 60_000 });
      await page.selectOption('#open-library', name);
      await page.waitForSelector(`text=Opened ${name}`);
      await page.waitForFunction(() => (window as unknown as Probe).sabrStudio.latency.analysis.length > 1, undefined, { timeout: 60_000 });
      const measure = async (act: (i: number) => Promise<void>) => {
        const map: number[] = [];
        const analysed: number[] = [];
        for (let i = 0; i < EDITS; i++) {
          const before = await page.evaluate(() => (window as unknown as Probe).sabrStudio.latency.analysis.length);
          await act(i);
          await page.waitForFunction((n) => (window as unknown as Probe).sabrStudio.latency.analysis.length > n, before, { timeout: 60_000 });
          const [m, a] = await page.evaluate(() => [(window as unknown as Probe).sabrStudio.latency.map.at(-1)!, (window as unknown as Probe).sabrStudio.latency.analysis.at(-1)!]);
          map.push(m!);
          analysed.push(a!);
        }
        return { map, analysed };
      };
      const words = await measure((i) => page.fill('[id="f.beats.0.line.en"]', `Edited line ${i}`).then(() => page.dispatchEvent('[id="f.beats.0.line.en"]', 'change')));
      const behaviour = await measure(async (i) => {
        await page.locator('[data-beat] details.techniques').first().evaluate((el) => ((el as HTMLDetailsElement).open = true));
        await page.locator('[data-beat] .techniques input[value="thank"]').first().click();
      });
      const line = (label: string, xs: number[]) => `${label} p50 ${fmt(pct(xs, 0.5))} p95 ${fmt(pct(xs, 0.95))} ms ${pct(xs, 0.95) <= 250 ? '(ok)' : '(OVER)'}`;
      console.log(`${name.padEnd(22)} ${line('words: map', words.map)}   ${line('behaviour: map', behaviour.map)}   ${line('analysis colours', behaviour.analysed)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function workerShare(): void {
  console.log(`\nStudio worker in Node: load + analyse + map after a behaviour edit, median of ${EDITS}, vs the core's analyzeScenario (peer)`);
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const edited = toggled(text, i % 2 === 0);
      const runOurs = () => {
        const t = performance.now();
        const result = [...answers({ id: i, text: edited, name: file })].at(-1)!;
        ours.push(performance.now() - t);
        if (!result.map?.analysis) throw new Error(`${file}: no analysed map`);
      };
      const runPeer = () => {
        const t = performance.now();
        analyzeScenario(loadScenario(edited, file).scenario!);
        peer.push(performance.now() - t);
      };
      // Alternating order, so neither side always runs on a warmer heap.
      if (i % 2) [runOurs(), runPeer()];
      else [runPeer(), runOurs()];
    }
    const a = pct(ours, 0.5);
    const b = pct(peer, 0.5);
    console.log(`${file.padEnd(32)} studio worker ${fmt(a)} ms   analyzeScenario ${fmt(b)} ms   ratio ${(a / b).toFixed(2)}×`);
  }
}

if (!flag('--no-node')) workerShare();
if (!flag('--no-browser')) await browserLatency();
