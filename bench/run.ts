/**
 * `npm run bench`, two benchmarks:
 *
 * 1. How many choices per second our engine plays, against inkjs playing the same scenario
 *    converted to ink (bench/ink.ts). Random play with a seeded PRNG (mulberry32), the same seeds
 *    for both, warm-up first, then rounds alternating the two; the median round counts.
 *    Scenarios: every `scenarios/*.yaml`, plus the synthetic ones of bench/fixture.ts (always, so
 *    the numbers can be compared whatever the content).
 * 2. Time to analyse every shipped scenario (`analyzeScenario`, src/core/analyze.ts). Goal: under
 *    2 s in total. One warm-up round, then `--analysis-rounds` rounds; per scenario the states
 *    explored and the median time, and the median of the rounds' totals. As a peer measured in
 *    the same rounds (this machine's timing is noisy), the same number of plain `choose` steps in
 *    random play on the same scenario, with the trail off as analysis plays: states/s against
 *    choices/s tells the analysis' own overhead (state keys, memo, scores, bots) from engine speed.
 *
 * Options: `--seconds N` time budget of the first benchmark (default 36; the second takes what
 * its rounds take, about 10 s), `--rounds N` (default 7), `--analysis-rounds N` (default 5),
 * `--only ID` one scenario, `--no-fixture`, `--no-ink` / `--no-analysis` (skip a benchmark),
 * `--profile-engine ID` / `--profile-ink ID` / `--profile-analysis ID` (only that, on one scenario,
 * for `--seconds`, to run under `node --cpu-prof`:
 * `node --cpu-prof --import tsx bench/run.ts --profile-engine late-router --seconds 10`).
 *
 * What one "choice" costs, on each side (the same work: a step, then the texts a player reads):
 * - engine: `choose(session, i)`, then the English text of the line a presenter shows next and of
 *   each reply offered (`text(currentLine(session))`, `text(option.text)`), plus `startSession`
 *   / `currentBeat` per playthrough and step; the engine also records every rule step for the
 *   debrief (the trail), which ink does not;
 * - inkjs: `ChooseChoiceIndex(i)` and the `Continue()` calls up to the next choices (which
 *   evaluate the line and the option's arithmetic), plus `ResetState()` per playthrough.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { isScenarioFile } from '../src/cli/files.ts';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Compiler } from 'inkjs/compiler/Compiler';
import type { Story } from 'inkjs/engine/Story';
import { choose, currentBeat, currentLine, customerState, isOver, startSession, text, type Session } from '../src/core/session.ts';
import { analyzeScenario } from '../src/core/analyze.ts';
import { METERS, OUTCOMES, type Outcome } from '../src/core/vocabulary.ts';
import type { Scenario } from '../src/core/schema.ts';
import { scenarioToInk, OUTCOME_CODE } from './ink.ts';
import { fixtureScenarios } from './fixture.ts';
import { seededRandom } from '../src/core/bots.ts';


/** Keeps results observable so no work can be optimised away. */
let sink = 0;

/** The texts a player reads after a step, as ink's `Continue()` and `currentChoices` give them. */
function shown(s: Session): number {
  const line = currentLine(s);
  let n = line ? text(line, 'en').length : 0;
  for (const option of currentBeat(s)?.options ?? []) n += text(option.text, 'en').length;
  return n;
}

/** One random playthrough on our engine; returns the number of choices made. */
export function playEngine(scenario: Scenario, seed: number): number {
  const rng = seededRandom(seed);
  let s = startSession(scenario);
  sink += shown(s);
  let n = 0;
  while (!isOver(s)) {
    const beat = currentBeat(s)!;
    s = choose(s, (rng() * beat.options.length) | 0);
    sink += shown(s);
    n++;
  }
  return n;
}

/** One random playthrough on inkjs; returns the number of choices made. */
export function playInk(story: Story, seed: number): number {
  const rng = seededRandom(seed);
  story.ResetState();
  let n = 0;
  for (;;) {
    while (story.canContinue) sink += story.Continue()!.length;
    const choices = story.currentChoices;
    if (choices.length === 0) return n;
    story.ChooseChoiceIndex((rng() * choices.length) | 0);
    n++;
  }
}

/** Converts and compiles a scenario; throws with the ink errors if it does not compile. */
export function compileInk(scenario: Scenario): { story: Story; source: string; notes: string[]; ms: number } {
  const t0 = performance.now();
  const { source, notes } = scenarioToInk(scenario);
  const compiler = new Compiler(source);
  let story: Story;
  try {
    story = compiler.Compile();
  } catch (error) {
    throw new Error(`ink did not compile for "${scenario.id}": ${[...compiler.errors].join('\n') || String(error)}`);
  }
  if (compiler.errors.length) throw new Error(`ink errors for "${scenario.id}":\n${compiler.errors.join('\n')}`);
  story.onError = (message) => {
    throw new Error(`ink runtime error in "${scenario.id}": ${message}`);
  };
  return { story, source, notes, ms: performance.now() - t0 };
}

interface Final {
  choices: number;
  meters: Record<string, number>;
  outcome: Outcome | undefined;
}

function finalEngine(scenario: Scenario, seed: number): Final {
  const rng = seededRandom(seed);
  let s = startSession(scenario);
  let n = 0;
  while (!isOver(s)) {
    s = choose(s, (rng() * currentBeat(s)!.options.length) | 0);
    n++;
  }
  return { choices: n, meters: { ...customerState(s).meters }, outcome: s.outcome };
}

function finalInk(story: Story, seed: number): Final {
  const choices = playInk(story, seed);
  const v = story.variablesState;
  const meters: Record<string, number> = {};
  for (const m of METERS) meters[m] = Number(v.$(m));
  const code = Number(v.$('outcome'));
  return { choices, meters, outcome: code ? OUTCOMES.find((o) => OUTCOME_CODE[o] === code) : undefined };
}

export interface Agreement {
  seeds: number;
  anger: number;
  maxAngerGap: number;
  meanAngerGap: number;
  outcome: number;
  choices: number;
  allMeters: number;
  firstMismatch?: string;
}

/** Plays the same seeds on both and compares where they end. */
export function agreement(scenario: Scenario, story: Story, seeds: number): Agreement {
  const a: Agreement = { seeds, anger: 0, maxAngerGap: 0, meanAngerGap: 0, outcome: 0, choices: 0, allMeters: 0 };
  let gapSum = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const e = finalEngine(scenario, seed);
    const k = finalInk(story, seed);
    const gap = Math.abs(e.meters.anger! - k.meters.anger!);
    gapSum += gap;
    a.maxAngerGap = Math.max(a.maxAngerGap, gap);
    if (gap === 0) a.anger++;
    if (e.outcome === k.outcome) a.outcome++;
    if (e.choices === k.choices) a.choices++;
    const same = METERS.every((m) => e.meters[m] === k.meters[m]);
    if (same) a.allMeters++;
    if (!a.firstMismatch && (!same || e.outcome !== k.outcome || e.choices !== k.choices)) {
      a.firstMismatch = `seed ${seed}: engine ${JSON.stringify(e)} vs ink ${JSON.stringify(k)}`;
    }
  }
  a.meanAngerGap = gapSum / seeds;
  return a;
}

interface Batch {
  choices: number;
  ms: number;
}

function batchEngine(scenario: Scenario, seeds: readonly number[]): Batch {
  const t0 = performance.now();
  let choices = 0;
  for (const seed of seeds) choices += playEngine(scenario, seed);
  return { choices, ms: performance.now() - t0 };
}

function batchInk(story: Story, seeds: readonly number[]): Batch {
  const t0 = performance.now();
  let choices = 0;
  for (const seed of seeds) choices += playInk(story, seed);
  return { choices, ms: performance.now() - t0 };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Seeds on which the final meters of both are compared (a sanity check, not timed). */
const AGREEMENT_SEEDS = 40;

export interface ScenarioResult {
  id: string;
  synthetic: boolean;
  engineRate: number;
  inkRate: number;
  /** Choices and milliseconds of the median rounds, for the overall rate. */
  engine: Batch;
  ink: Batch;
  playthroughs: number;
  compileMs: number;
  agreement: Agreement;
  notes: string[];
}

/** Warm-up, calibration, then `rounds` alternating rounds; about `budgetMs` in all. */
export function benchScenario(scenario: Scenario, synthetic: boolean, budgetMs: number, rounds: number): ScenarioResult {
  const { story, notes, ms: compileMs } = compileInk(scenario);
  const agree = agreement(scenario, story, AGREEMENT_SEEDS);

  // Warm-up (JIT both sides) and calibration: time per playthrough of each.
  const warmMs = budgetMs * 0.15;
  const perPlay = { engine: 0, ink: 0 };
  for (const side of ['engine', 'ink'] as const) {
    let plays = 0;
    const t0 = performance.now();
    let seed = 1_000_000;
    while (performance.now() - t0 < warmMs / 2) {
      const seeds = range(seed, 20);
      if (side === 'engine') batchEngine(scenario, seeds);
      else batchInk(story, seeds);
      seed += 20;
      plays += 20;
    }
    perPlay[side] = (performance.now() - t0) / plays;
  }
  // Each round plays the same seeds on both; the slower side takes about its share of the budget.
  const roundMs = (budgetMs * 0.8) / rounds;
  const playthroughs = Math.max(20, Math.round(roundMs / (perPlay.engine + perPlay.ink)));

  const engineRounds: Batch[] = [];
  const inkRounds: Batch[] = [];
  for (let r = 0; r < rounds; r++) {
    const seeds = range(r * playthroughs + 1, playthroughs);
    if (r % 2 === 0) {
      engineRounds.push(batchEngine(scenario, seeds));
      inkRounds.push(batchInk(story, seeds));
    } else {
      inkRounds.push(batchInk(story, seeds));
      engineRounds.push(batchEngine(scenario, seeds));
    }
  }
  const rate = (b: Batch) => (b.choices / b.ms) * 1000;
  const pickMedian = (bs: Batch[]) => {
    const m = median(bs.map(rate));
    return bs.reduce((best, b) => (Math.abs(rate(b) - m) < Math.abs(rate(best) - m) ? b : best));
  };
  return {
    id: scenario.id,
    synthetic,
    engineRate: median(engineRounds.map(rate)),
    inkRate: median(inkRounds.map(rate)),
    engine: pickMedian(engineRounds),
    ink: pickMedian(inkRounds),
    playthroughs,
    compileMs,
    agreement: agree,
    notes,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function line(label: string, engineRate: number, inkRate: number, width: number): string {
  const ratio = engineRate / inkRate;
  return `${pad(label, width)}  engine ${lpad(fmt(engineRate), 9)} choices/s   inkjs ${lpad(fmt(inkRate), 9)} choices/s   ratio ${ratio.toFixed(2)}× (goal ≥ 2×)${ratio >= 2 ? '' : '  BELOW GOAL'}`;
}

function overall(label: string, results: ScenarioResult[], width: number): string[] {
  const engine = results.reduce((s, r) => s + r.engine.choices, 0) / results.reduce((s, r) => s + r.engine.ms, 0) * 1000;
  const ink = results.reduce((s, r) => s + r.ink.choices, 0) / results.reduce((s, r) => s + r.ink.ms, 0) * 1000;
  const geo = Math.exp(results.reduce((s, r) => s + Math.log(r.engineRate / r.inkRate), 0) / results.length);
  return [line(label, engine, ink, width), `${pad('', width)}  (geometric mean of the per-scenario ratios: ${geo.toFixed(2)}×)`];
}

// ---- Benchmark 2: analysing the shipped scenarios.

/** Random play with the trail off (as analysis plays) until exactly `steps` choices are made. */
export function chooseSteps(scenario: Scenario, steps: number, seed: number): Batch {
  const t0 = performance.now();
  let n = 0;
  while (n < steps) {
    const rng = seededRandom(seed++);
    let s = startSession(scenario, { record: false });
    while (!isOver(s) && n < steps) {
      s = choose(s, (rng() * currentBeat(s)!.options.length) | 0);
      n++;
    }
    sink += s.turn;
  }
  return { choices: n, ms: performance.now() - t0 };
}

export interface AnalysisResult {
  id: string;
  states: number;
  complete: boolean;
  /** Per round (warm-up left out): analysis time, and the time of as many random `choose` steps. */
  analysisMs: number[];
  peerMs: number[];
}

/** One warm-up round, then `rounds` rounds over every scenario, alternating analysis and peer. */
export function benchAnalysis(scenarios: readonly Scenario[], rounds: number): AnalysisResult[] {
  const results: AnalysisResult[] = scenarios.map((s) => ({ id: s.id, states: 0, complete: true, analysisMs: [], peerMs: [] }));
  for (let r = -1; r < rounds; r++) {
    scenarios.forEach((scenario, i) => {
      const res = results[i]!;
      const analyse = () => {
        const t0 = performance.now();
        const a = analyzeScenario(scenario);
        const ms = performance.now() - t0;
        if (res.states && res.states !== a.states) throw new Error(`analysis of "${scenario.id}" explored ${a.states} states, before ${res.states}`);
        res.states = a.states;
        res.complete = a.complete;
        sink += a.best.score;
        return ms;
      };
      // The peer needs the state count: the warm-up round analyses first.
      const peer = () => chooseSteps(scenario, res.states, 1 + Math.max(0, r) * 100_000).ms;
      let analysisMs: number;
      let peerMs: number;
      if (r % 2 === 0) {
        peerMs = peer();
        analysisMs = analyse();
      } else {
        analysisMs = analyse();
        peerMs = peer();
      }
      if (r >= 0) {
        res.analysisMs.push(analysisMs);
        res.peerMs.push(peerMs);
      }
    });
  }
  return results;
}

function analysisReport(results: AnalysisResult[], rounds: number): string[] {
  const width = Math.max('total'.length, ...results.map((r) => r.id.length));
  const sum = (f: (r: AnalysisResult) => number[]) => Array.from({ length: rounds }, (_, k) => results.reduce((s, r) => s + f(r)[k]!, 0));
  const totalMs = median(sum((r) => r.analysisMs));
  const peerMs = median(sum((r) => r.peerMs));
  const states = results.reduce((s, r) => s + r.states, 0);
  const ms = (v: number) => `${lpad(fmt(v), 6)} ms`;
  const row = (label: string, n: number, a: number, p: number, tail = '') =>
    `analysis  ${pad(label, width)} ${lpad(fmt(n), 8)} states ${ms(a)}   (as many random choices: ${ms(p)})${tail}`;
  return [
    `Analysis of ${results.length === 1 ? '1 shipped scenario' : `all ${results.length} shipped scenarios`} (analyzeScenario): 1 warm-up round, median of ${rounds} rounds`,
    ...results.map((r) => row(r.id, r.states, median(r.analysisMs), median(r.peerMs), r.complete ? '' : '  STATE LIMIT HIT')),
    row('total', states, totalMs, peerMs, `   goal < 2,000 ms${totalMs < 2000 ? '' : '  ABOVE GOAL'}`),
    `analysis explores ${fmt((states / totalMs) * 1000)} states/s; random play runs ${fmt((states / peerMs) * 1000)} choices/s in the same run ` +
      `(trail off for both; ${(totalMs / peerMs).toFixed(1)}× the time of as many choices)`,
  ];
}

interface Args {
  seconds: number;
  rounds: number;
  analysisRounds: number;
  only?: string;
  fixture: boolean;
  ink: boolean;
  analysis: boolean;
  profileEngine?: string;
  profileInk?: string;
  profileAnalysis?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seconds: 36, rounds: 7, analysisRounds: 5, fixture: true, ink: true, analysis: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seconds') args.seconds = Number(argv[++i]);
    else if (a === '--rounds') args.rounds = Math.max(1, Number(argv[++i]));
    else if (a === '--analysis-rounds') args.analysisRounds = Math.max(1, Number(argv[++i]));
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--no-fixture') args.fixture = false;
    else if (a === '--no-ink') args.ink = false;
    else if (a === '--no-analysis') args.analysis = false;
    else if (a === '--profile-engine') args.profileEngine = argv[++i];
    else if (a === '--profile-ink') args.profileInk = argv[++i];
    else if (a === '--profile-analysis') args.profileAnalysis = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** Every `scenarios/*.yaml` that loads without errors. */
export async function shippedScenarios(root: string): Promise<{ scenarios: Scenario[]; problems: string[] }> {
  const dir = join(root, 'scenarios');
  const files = existsSync(dir) ? readdirSync(dir).filter(isScenarioFile).sort() : [];
  if (files.length === 0) return { scenarios: [], problems: [] };
  const { loadScenario } = await import('../src/core/load.ts');
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const result = loadScenario(readFileSync(join(dir, f), 'utf8'), `scenarios/${f}`);
    if (result.scenario) scenarios.push(result.scenario);
    else {
      const first = result.diagnostics.find((d) => d.severity === 'error');
      problems.push(`${f}: not loaded (${result.diagnostics.filter((d) => d.severity === 'error').length} errors; first: ${first?.code} at ${first?.line}:${first?.column} ${first?.path})`);
    }
  }
  return { scenarios, problems };
}

export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const shipped = await shippedScenarios(root);
  const all: { scenario: Scenario; synthetic: boolean }[] = [
    ...shipped.scenarios.map((scenario) => ({ scenario, synthetic: false })),
    ...(args.fixture ? fixtureScenarios().map((scenario) => ({ scenario, synthetic: true })) : []),
  ].filter((s) => !args.only || s.scenario.id === args.only);

  const profiled = args.profileEngine ?? args.profileInk ?? args.profileAnalysis;
  if (profiled) {
    const target = all.find((s) => s.scenario.id === profiled);
    if (!target) throw new Error(`no scenario "${profiled}"; have ${all.map((s) => s.scenario.id).join(', ')}`);
    const t0 = performance.now();
    if (args.profileAnalysis) {
      let runs = 0;
      let states = 0;
      while (performance.now() - t0 < args.seconds * 1000) {
        states += analyzeScenario(target.scenario).states;
        runs++;
      }
      const ms = performance.now() - t0;
      console.log(`profiled ${target.scenario.id}: ${runs} analyses, ${fmt(ms / runs)} ms each, ${fmt((states / ms) * 1000)} states/s (analysis only)`);
      return;
    }
    const story = args.profileInk ? compileInk(target.scenario).story : undefined;
    let choices = 0;
    let seed = 1;
    while (performance.now() - t0 < args.seconds * 1000) {
      choices += (story ? batchInk(story, range(seed, 50)) : batchEngine(target.scenario, range(seed, 50))).choices;
      seed += 50;
    }
    console.log(`profiled ${target.scenario.id}: ${fmt((choices / (performance.now() - t0)) * 1000)} choices/s (${story ? 'inkjs' : 'engine'} only)`);
    return;
  }

  const started = performance.now();
  console.log(`Sabr bench, node ${process.version}`);
  if (shipped.scenarios.length === 0) console.log('No scenarios/*.yaml loaded yet: benchmarking the synthetic scenarios of bench/fixture.ts only.');
  for (const p of shipped.problems) console.log(`  skipped ${p}`);
  if (all.length === 0) {
    console.log('Nothing to benchmark.');
    return;
  }
  if (args.ink) benchAgainstInk(all, args);
  const analysed = all.filter((s) => !s.synthetic).map((s) => s.scenario);
  if (args.analysis && analysed.length) {
    if (args.ink) console.log('');
    for (const l of analysisReport(benchAnalysis(analysed, args.analysisRounds), args.analysisRounds)) console.log(l);
  }
  console.log('');
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (sink === -1) console.log('');
}

function benchAgainstInk(all: { scenario: Scenario; synthetic: boolean }[], args: Args): void {
  console.log(`Our engine vs inkjs: random play (mulberry32), median of ${args.rounds} alternating rounds`);
  console.log('(each side per choice: the step, then the texts of the next line and of the replies offered; the engine also records its rule trail, ink does not)');
  // The budget is shared out as we go: compiling ink and the sanity check take time too.
  const deadline = performance.now() + args.seconds * 1000;
  const width = Math.max(10, ...all.map((s) => s.scenario.id.length + (s.synthetic ? 12 : 0)), 'overall (synthetic)'.length);
  const results: ScenarioResult[] = [];
  for (const [i, { scenario, synthetic }] of all.entries()) {
    const left = all.length - i;
    const budgetMs = Math.min(10_000, Math.max(800, (deadline - performance.now()) / left - 1_000));
    const r = benchScenario(scenario, synthetic, budgetMs, args.rounds);
    results.push(r);
    console.log(line(`${r.id}${synthetic ? ' (synthetic)' : ''}`, r.engineRate, r.inkRate, width));
    console.log(`${pad('', width)}  ${r.playthroughs} playthroughs/round, ${(r.engine.choices / r.playthroughs).toFixed(1)} choices each; ink compiled in ${Math.round(r.compileMs)} ms`);
  }
  console.log('');
  const real = results.filter((r) => !r.synthetic);
  const synthetic = results.filter((r) => r.synthetic);
  if (real.length) for (const l of overall('overall (shipped)', real, width)) console.log(l);
  if (synthetic.length) for (const l of overall('overall (synthetic)', synthetic, width)) console.log(l);
  console.log('');
  for (const r of results) {
    const a = r.agreement;
    const exact = a.anger === a.seeds && a.allMeters === a.seeds && a.outcome === a.seeds && a.choices === a.seeds;
    const status = exact ? 'ok' : 'WARNING';
    console.log(
      `sanity ${status}: ${r.id}: final anger equal on ${a.anger}/${a.seeds} seeds (max gap ${a.maxAngerGap}, mean ${a.meanAngerGap.toFixed(2)}); ` +
        `all meters ${a.allMeters}/${a.seeds}, outcome ${a.outcome}/${a.seeds}, choice count ${a.choices}/${a.seeds}`,
    );
    if (!exact && a.firstMismatch) console.log(`    first difference: ${a.firstMismatch}`);
    for (const n of r.notes) console.log(`    not mirrored: ${n}`);
  }
}

const entry = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : '';
if (import.meta.url === entry) {
  await main(process.argv.slice(2));
}
