/**
 * The debrief tells the truth: over every reachable turn of every shipped scenario (and a breath
 * taken at each of them), no explanation a presenter shows — the headline (game coaching and
 * debrief) or any rule beyond base effects (`play`) — speaks of a technique the reply did not
 * use, and a breath is never credited with the customer's feelings.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import { createExplorer } from '../../src/core/analyze.ts';
import { breathe, startSession, type TurnRecord } from '../../src/core/session.ts';
import { explainTurn } from '../../src/core/debrief.ts';
import { speaksOf } from '../../src/core/explain.ts';
import { STARTERS } from './fixtures.ts';

/** The shown explanations of a turn that are not about what the reply did. */
function untruths(record: TurnRecord): string[] {
  const out: string[] = [];
  const shown = record.applications.filter((a) => !a.rule.startsWith('base.'));
  const headline = explainTurn(record).headline;
  const items = [...shown.map((a) => ({ rule: a.rule, technique: a.technique, meter: a.meter })), ...(headline ? [headline] : [])];
  for (const { rule, technique, meter } of items) {
    const words = speaksOf(rule);
    if (technique && !record.techniques.includes(technique)) out.push(`${rule} shown for ${technique}, which the reply did not use`);
    if (technique && words.length && !words.includes(technique)) out.push(`${rule} speaks of ${words.join('/')}, shown for ${technique}`);
    if (!technique && words.length && !words.some((w) => record.techniques.includes(w))) out.push(`${rule} speaks of ${words.join('/')}, none used`);
    if (record.option === -1 && technique === 'breathe' && (meter !== 'composure' && !rule.startsWith('base.'))) out.push(`${rule} credits the breath with the customer's ${meter}`);
    if (record.option === -1 && technique === 'breathe' && !rule.startsWith('base.') && !rule.startsWith('P14.')) out.push(`${rule} explains a breath`);
  }
  return out;
}

describe('every shown explanation is about what the reply did', () => {
  it.each(STARTERS)('%s, over every reachable turn and a breath at each', (file) => {
    const scenario = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'), file).scenario!;
    const problems = new Map<string, string>();
    let turns = 0;
    const explorer = createExplorer(undefined, (from, move, to) => {
      turns += 1;
      const check = (record: TurnRecord, label: string) => {
        for (const p of untruths(record)) if (!problems.has(p)) problems.set(p, `${label} at ${record.beat}, turn ${record.turn}`);
      };
      check(to.turns.at(-1)!, `reply ${move + 1}`);
      if (move === 0) check(breathe(from).turns.at(-1)!, 'a breath');
    });
    explorer.reach(startSession(scenario));
    expect(explorer.complete).toBe(true);
    expect(turns).toBeGreaterThan(100);
    expect([...problems].map(([p, where]) => `${p} (${where})`)).toEqual([]);
  });
});
