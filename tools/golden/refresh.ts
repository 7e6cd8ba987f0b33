/**
 * Rewrites the `moods:` line of every golden play whose moods no longer match the engine, and
 * prints what changed. Run it only after a deliberate rule change, then read the diff: the
 * names and outcomes stay hand-written, and a play whose outcome changed is reported, not fixed.
 *
 *   npx tsx tools/golden/refresh.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadScenario } from '../../src/core/load.ts';
import { choose, startSession } from '../../src/core/session.ts';

const dir = new URL('../../tests/golden/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const golden = parse(text) as { scenario: string; plays: { name: string; choose: number[]; moods: string[]; outcome?: string }[] };
  const source = `${golden.scenario}.yaml`;
  const scenario = loadScenario(readFileSync(new URL(`../../scenarios/${source}`, import.meta.url), 'utf8'), source).scenario!;
  const lines = text.split('\n');
  let at = 0;
  for (const play of golden.plays) {
    let s = startSession(scenario);
    const moods: string[] = [];
    for (const c of play.choose) {
      if (s.outcome) break;
      s = choose(s, c - 1);
      moods.push(s.turns.at(-1)!.mood);
    }
    at = lines.findIndex((l, i) => i >= at && l.trim().startsWith('moods:'));
    if (moods.join() !== play.moods.join()) {
      lines[at] = lines[at]!.replace(/\[.*\]/, `[${moods.join(', ')}]`);
      console.log(`${file}: ${play.name}\n  moods ${play.moods.join(' ')} → ${moods.join(' ')}`);
    }
    if (s.outcome !== play.outcome) console.log(`${file}: ${play.name}\n  OUTCOME ${play.outcome} → ${s.outcome} (not rewritten)`);
    at++;
  }
  writeFileSync(new URL(file, dir), lines.join('\n'));
}
