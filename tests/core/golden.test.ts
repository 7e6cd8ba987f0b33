import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadScenario } from '../../src/core/load.ts';
import { choose, currentLine, startSession, type Session } from '../../src/core/session.ts';
import type { Scenario } from '../../src/core/schema.ts';
import { STARTERS } from './fixtures.ts';
import { OUTCOME_BANDS, scoreSession } from '../../src/core/score.ts';

interface Play {
  name: string;
  choose: number[];
  moods: string[];
  rules?: Record<number, string[]>;
  outcome?: string;
  ending?: string;
}

const goldenDir = new URL('../golden/', import.meta.url);
const scenariosDir = new URL('../../scenarios/', import.meta.url);
const cases = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const golden = parse(readFileSync(new URL(f, goldenDir), 'utf8')) as { scenario: string; plays: Play[] };
    return golden.plays.map((play) => [golden.scenario, play.name, play] as const);
  });

const scenarios = new Map<string, Scenario>();
function scenario(id: string): Scenario {
  if (!scenarios.has(id)) {
    const file = `${id}.yaml`;
    const loaded = loadScenario(readFileSync(new URL(file, scenariosDir), 'utf8'), file);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    scenarios.set(id, loaded.scenario!);
  }
  return scenarios.get(id)!;
}

describe('golden playthroughs', () => {
  it('cover every starter scenario, and replay only scenarios that exist', () => {
    const ids = new Set(cases.map(([id]) => id));
    for (const starter of STARTERS) expect(ids).toContain(starter.replace(/\.yaml$/, ''));
    for (const id of ids) expect(existsSync(new URL(`${id}.yaml`, scenariosDir)), `scenarios/${id}.yaml`).toBe(true);
  });

  it.each(cases)('%s: %s', (id, _name, play) => {
    let s: Session = startSession(scenario(id));
    play.choose.forEach((c, i) => {
      expect(s.outcome, `turn ${i + 1} comes after the end`).toBeUndefined();
      const line = currentLine(s)!;
      expect(line.en && line.ar, 'the customer speaks both languages').toBeTruthy();
      s = choose(s, c - 1);
      const record = s.turns.at(-1)!;
      expect(record.mood, `mood after turn ${i + 1}`).toBe(play.moods[i]);
      for (const rule of play.rules?.[i + 1] ?? []) {
        expect(record.applications.map((a) => a.rule), `turn ${i + 1} applies ${rule}`).toContain(rule);
      }
    });
    expect(s.outcome).toBe(play.outcome);
    const band = OUTCOME_BANDS[s.outcome ?? 'walked-out'];
    const { total } = scoreSession(s);
    expect(total, 'the score lies in its outcome band').toBeGreaterThanOrEqual(band.min);
    expect(total).toBeLessThanOrEqual(band.max);
    if (play.ending) expect(s.at).toEqual({ kind: 'ending', id: play.ending });
  });
});
