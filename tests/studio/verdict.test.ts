/**
 * The analysis's verdict the studio shows under the branch map: what `sabr analyze` says about
 * best and worst plays, empathy against defensiveness and shape-only bots, taken from the core's
 * own analysis, with a message in both languages for every warning the analysis can give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/load.ts';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { EMPATHY_MARGIN, isShapeBot, verdictOf } from '../../src/studio/map/verdict.ts';
import { buildMap } from '../../src/studio/map/graph.ts';
import { templateFor } from '../../src/studio/templates.ts';
import { applyEdit } from '../../src/studio/yamlEdit.ts';
import enVerdict from '../../locales/en/verdict.json' with { type: 'json' };
import arVerdict from '../../locales/ar/verdict.json' with { type: 'json' };

const scenarioOf = (text: string) => loadScenario(text, 'x.yaml').scenario!;

describe('the verdict', () => {
  it('reports a shipped scenario as analyze does: best play, bots, and nothing to warn about', () => {
    const scenario = scenarioOf(readFileSync(new URL('../../scenarios/ready-tomorrow.yaml', import.meta.url), 'utf8'));
    const analysis = analyzeScenario(scenario);
    const verdict = verdictOf(analysis);
    expect(verdict.best).toEqual({ outcome: analysis.best.outcome, score: analysis.best.score, replies: analysis.best.moves.map((m) => m + 1) });
    expect(verdict.best!.outcome).toBe('satisfied');
    expect(verdict.empathetic!.score - verdict.defensive!.score).toBeGreaterThanOrEqual(EMPATHY_MARGIN);
    // The shape bot reported is the best-scoring of those that read nothing.
    const shapes = analysis.bots.filter((b) => isShapeBot(b.bot));
    expect(shapes.map((b) => b.bot).sort()).toEqual(['first', 'last', 'longest:ar', 'longest:en', 'shortest:ar', 'shortest:en']);
    expect(verdict.shape!.score).toBe(Math.max(...shapes.map((b) => b.score)));
    expect(verdict.warnings).toEqual([]);
  });

  it('carries the analysis warnings, and travels with the map the worker sends', () => {
    // The template without its `solved` flag can never end satisfied.
    const text = applyEdit(templateFor('angry').text, { op: 'set', path: ['beats', 2, 'options', 1, 'sets'], value: undefined });
    const scenario = scenarioOf(text);
    const analysis = analyzeScenario(scenario);
    const map = buildMap(scenario, [], analysis);
    expect(map.analysis!.verdict.warnings.map((w) => w.code)).toContain('no-satisfied-ending');
    expect(map.analysis!.verdict.best!.outcome).not.toBe('satisfied');
  });

  it('names the replies a bot that wins by shape picked, so the trainer sees which beats give the answer away', () => {
    // The template with the best reply moved first in every beat: always picking the first wins.
    let text = templateFor('angry').text;
    for (const [beat, from] of [[0, 1], [2, 1], [3, 1]] as const) text = applyEdit(text, { op: 'move', path: ['beats', beat, 'options'], from, to: 0 });
    const verdict = verdictOf(analyzeScenario(scenarioOf(text)));
    const warning = verdict.warnings.find((w) => w.code === 'shape-bot-wins' && w.params.bot === 'first');
    expect(warning).toBeDefined();
    expect(verdict.shapeBots.find((b) => b.bot === 'first')).toMatchObject({ outcome: 'satisfied', replies: [1, 1, 1, 1] });
    expect(verdict.shapeBots.every((b) => isShapeBot(b.bot)) && verdict.shapeBots.length >= 4).toBe(true);
    expect(enVerdict.warning['shape-bot-wins']).toContain('{{replies}}');
    expect(arVerdict.warning['shape-bot-wins']).toContain('{{replies}}');
  });

  it('has the same keys in English and Arabic, and a message for every warning code', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    expect(keys(arVerdict)).toEqual(keys(enVerdict));
    const codes = ['harmful-bot-wins', 'shape-bot-wins', 'no-satisfied-ending', 'dead-end', 'unvisited-beat', 'state-limit'];
    expect(Object.keys(enVerdict.warning).sort()).toEqual(codes.sort());
    expect(isShapeBot('longest:en') && isShapeBot('first') && !isShapeBot('empathetic') && !isShapeBot('random:1')).toBe(true);
  });
});
