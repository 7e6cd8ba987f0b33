/** The authoring guides: generated tables up to date, examples that pass the check, linked from the README. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, GUIDES } from '../src/cli/docs.ts';
import { generateSection, SECTIONS } from '../src/docs/reference.ts';
import { loadScenario } from '../src/core/load.ts';
import { analyzeScenario } from '../src/core/analyze.ts';
import { choose, startSession } from '../src/core/session.ts';
import { TECHNIQUES, TRAITS, PRINCIPLES } from '../src/core/vocabulary.ts';
import { RULES } from '../src/core/rules.ts';
import { FIGURES } from '../src/game/portrait.ts';
import { FIGURE_IDS } from '../src/core/figures.ts';

const root = new URL('..', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the authoring guides', () => {
  it('are up to date with the engine (regenerate with `npm run docs`)', () => {
    for (const { file, content } of generatedFiles()) expect(read(file), file).toBe(content);
  });

  it('know the same figures as the game draws, so the check warns about any other', () => {
    expect([...FIGURE_IDS]).toEqual([...FIGURES]);
  });

  it('list every technique, trait, principle, rule and figure, in both languages', () => {
    for (const lang of ['en', 'ar'] as const) {
      const all = SECTIONS.map((s) => generateSection(s, lang)).join('\n');
      for (const id of [...TECHNIQUES, ...TRAITS, ...RULES.map((r) => r.id), ...FIGURES]) expect(all, `${lang}: ${id}`).toContain(`\`${id}\``);
      for (const p of PRINCIPLES) expect(all).toMatch(new RegExp(`\\| ${p} \\|`));
      expect(all).not.toMatch(/docs:|vocabulary:|rules:/);
    }
    expect(generateSection('techniques', 'ar')).toMatch(/[\u0600-\u06FF]/);
  });

  it('show a worked example whose YAML passes the check, and whose fix finds a satisfied ending', () => {
    for (const { file } of GUIDES) {
      const blocks = [...read(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const full = blocks.find((b) => b.includes('id: double-charge'));
      expect(full, file).toBeDefined();
      const r = loadScenario(full!, file);
      expect(r.diagnostics, file).toEqual([]);
      // The guide quotes these figures: when the engine changes them, update the prose of both guides.
      expect(analyzeScenario(r.scenario!).best, file).toMatchObject({ outcome: 'grudging', score: 80, moves: [0, 0, 0] });
      expect(analyzeScenario(r.scenario!).worst, file).toMatchObject({ outcome: 'escalated', score: 24, moves: [1] });
      const draftEnd = [0, 0, 0].reduce((x, m) => choose(x, m), startSession(r.scenario!));
      expect(draftEnd.customer.context.meters.anger, file).toBe(52);
      // The guide's two fixes replace the first reply of `opening` and of `details`.
      const [hear, solve] = blocks.filter((b) => b.startsWith('      - text:'));
      const fixed = full!
        .replace(/      - text:\n {10}en: I'm sorry, Noura[\s\S]*?next: details\n/, hear!)
        .replace(/      - text: \{ en: "I see both[\s\S]*?next: closing\n/, solve!);
      const better = loadScenario(fixed, file);
      expect(better.diagnostics, file).toEqual([]);
      expect(analyzeScenario(better.scenario!).best, file).toMatchObject({ outcome: 'satisfied', score: 96, moves: [0, 0, 0] });
      const angers = [0, 0, 0].reduce((s, m) => [...s, choose(s.at(-1)!, m)], [startSession(better.scenario!)]).map((x) => x.customer.context.meters.anger);
      expect(angers, file).toEqual([75, 43, 4, 1]);
    }
  });

  it('are linked from the README, which no longer sends trainers into src/ for the figures', () => {
    const readme = read('README.md');
    expect(readme).toContain('(docs/authoring.md)');
    expect(readme).toContain('(docs/authoring.ar.md)');
    expect(readme).not.toMatch(/see src\/game\/portrait\.ts/);
  });
});
