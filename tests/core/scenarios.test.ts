import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { ARCHETYPES } from '../../src/core/vocabulary.ts';
import { STARTERS } from './fixtures.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const loaded = STARTERS.map((f) => [f, loadScenario(readFileSync(new URL(f, dir), 'utf8'), f)] as const);

describe('every scenario file', () => {
  it.each(readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json' && f !== 'tracks.yaml'))('%s passes the check', (f) => {
    const result = loadScenario(readFileSync(new URL(f, dir), 'utf8'), f);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the starter scenarios', () => {
  it('include one of each archetype', () => {
    const archetypes = loaded.map(([, r]) => r.scenario?.customer.archetype);
    for (const a of ARCHETYPES) expect(archetypes).toContain(a);
  });

  it.each(loaded)('%s passes the check with no warning, in both languages', (_file, result) => {
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario!.languages).toEqual(['en', 'ar']);
  });

  it.each(loaded)('%s: a satisfied ending is reachable, every outcome kind happens, and the empathetic bot wins', (_file, result) => {
    const a = analyzeScenario(result.scenario!);
    expect(a.complete).toBe(true);
    expect(a.best.outcome).toBe('satisfied');
    expect(a.outcomes).toEqual(expect.arrayContaining(['satisfied', 'grudging', 'business-lost']));
    expect(a.outcomes.some((o) => o === 'walked-out' || o === 'escalated')).toBe(true);
    const score = (bot: string) => a.bots.find((b) => b.bot === bot)!.score;
    expect(a.bots.find((b) => b.bot === 'empathetic')!.outcome).toBe('satisfied');
    expect(score('empathetic') - score('defensive')).toBeGreaterThanOrEqual(30);
    expect(score('empathetic')).toBeGreaterThan(score('robotic'));
    expect(a.warnings).toEqual([]);
  });
});
