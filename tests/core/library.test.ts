/**
 * The shipped library held to issue 8's bar ("A scenario library for real onboarding"): enough
 * scenarios of each archetype and region, and every one of them teaching — no warning from the
 * check or the analysis, a satisfied ending within reach, the empathetic bot well ahead of the
 * defensive one, no bot that picks replies by their length alone ending satisfied, and golden
 * plays that pin down a success and a failure. It reads every file in scenarios/, so a new file is held to the bar
 * the day it is added.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isScenarioFile } from '../../src/cli/files.ts';
import { loadScenario } from '../../src/core/load.ts';
import { analyzeScenario, EMPATHY_MARGIN, runBot, type Analysis } from '../../src/core/analyze.ts';
import { REGIONS, type Scenario } from '../../src/core/schema.ts';
import { ARCHETYPES } from '../../src/core/vocabulary.ts';

/** Issue 8: "at least 15 scenarios … at least 4 per archetype … at least three [per region]". */
const MIN_SCENARIOS = 15;
const MIN_PER_ARCHETYPE = 4;
const MIN_PER_REGION = 3;

const scenariosDir = new URL('../../scenarios/', import.meta.url);
const goldenDir = new URL('../golden/', import.meta.url);
// The same test the CLI and the build use for what counts as a scenario file (not the schema or tracks.yaml).
const files = readdirSync(scenariosDir).filter(isScenarioFile).sort();
const library = files.map((file) => ({ file, ...loadScenario(readFileSync(new URL(file, scenariosDir), 'utf8'), file) }));
const scenarios: Scenario[] = library.flatMap((l) => (l.scenario ? [l.scenario] : []));
const byFile = new Map(library.map((l) => [l.file, l]));

// One analysis per scenario, shared by the checks that read it (the whole library takes a few seconds).
const analyses = new Map<string, Analysis>();
function analysis(file: string): Analysis {
  if (!analyses.has(file)) analyses.set(file, analyzeScenario(scenarioOf(file)));
  return analyses.get(file)!;
}

function scenarioOf(file: string): Scenario {
  const loaded = byFile.get(file)!;
  expect(loaded.scenario, `${file} loads`).toBeDefined();
  return loaded.scenario!;
}

function countBy<K extends string>(keys: readonly K[], of: (s: Scenario) => K | undefined): Record<K, string[]> {
  const counts = Object.fromEntries(keys.map((k) => [k, [] as string[]])) as Record<K, string[]>;
  for (const s of scenarios) {
    const k = of(s);
    if (k !== undefined && counts[k]) counts[k].push(s.id);
  }
  return counts;
}

describe('the scenario library', () => {
  it(`holds at least ${MIN_SCENARIOS} scenarios, and every file loads`, () => {
    expect(library.filter((l) => !l.scenario).map((l) => l.file)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(MIN_SCENARIOS);
  });

  it(`has at least ${MIN_PER_ARCHETYPE} scenarios of each archetype`, () => {
    const counts = countBy(ARCHETYPES, (s) => s.customer.archetype);
    for (const archetype of ARCHETYPES) {
      expect(counts[archetype].length, `${archetype}: ${counts[archetype].join(', ') || 'none'}`).toBeGreaterThanOrEqual(MIN_PER_ARCHETYPE);
    }
  });

  it(`has at least ${MIN_PER_REGION} scenarios set in each region, and every scenario states its region`, () => {
    expect(scenarios.filter((s) => !s.region).map((s) => s.id)).toEqual([]);
    const counts = countBy(REGIONS, (s) => s.region);
    for (const region of REGIONS) {
      expect(counts[region].length, `${region}: ${counts[region].join(', ') || 'none'}`).toBeGreaterThanOrEqual(MIN_PER_REGION);
    }
  });
});

describe.each(files)('%s', (file) => {
  it('passes the check with no warning', () => {
    const found = byFile.get(file)!.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.path}`);
    expect(found).toEqual([]);
  });

  // The time limits are for a machine shared with other work: alone, the whole library's analysis takes a few seconds.
  it('can end satisfied, and the analysis explored every state', () => {
    const a = analysis(file);
    expect(a.complete).toBe(true);
    expect(a.outcomes).toContain('satisfied');
  }, 60_000);

  it(`rewards empathy: the empathetic bot beats the defensive one by at least ${EMPATHY_MARGIN} points`, () => {
    const bots = analysis(file).bots;
    const empathetic = bots.find((b) => b.bot === 'empathetic')!;
    const defensive = bots.find((b) => b.bot === 'defensive')!;
    expect(empathetic.score - defensive.score, `empathetic ${empathetic.score}, defensive ${defensive.score}`).toBeGreaterThanOrEqual(EMPATHY_MARGIN);
  });

  it('leaves the analysis nothing to warn about (no dead end, unreached beat, winning harmful bot, or shape bot near the best)', () => {
    expect(analysis(file).warnings).toEqual([]);
  }, 60_000);

  it('cannot be won by length: picking the longest or the shortest reply never ends satisfied, in any language', () => {
    const scenario = scenarioOf(file);
    const won = scenario.languages
      .flatMap((lang) => [`longest:${lang}`, `shortest:${lang}`])
      .map((bot) => runBot(scenario, bot))
      .filter((run) => run.outcome === 'satisfied')
      .map((run) => `${run.bot} (score ${run.score}, moves ${run.moves.map((m) => m + 1).join(',')})`);
    expect(won).toEqual([]);
  });

  it('has golden plays in tests/golden: one that ends satisfied and one that does not', () => {
    const id = scenarioOf(file).id;
    const golden = new URL(`${id}.yaml`, goldenDir);
    expect(existsSync(golden), `tests/golden/${id}.yaml`).toBe(true);
    const { scenario, plays } = parse(readFileSync(golden, 'utf8')) as { scenario: string; plays: { outcome?: string }[] };
    expect(scenario).toBe(id);
    const outcomes = plays.map((p) => p.outcome);
    expect(outcomes).toContain('satisfied');
    expect(outcomes.some((o) => o !== 'satisfied')).toBe(true);
  });
});
