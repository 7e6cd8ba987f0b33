/** The authoring guides: generated tables up to date, examples that pass the check, linked from the README. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, GUIDES } from '../src/cli/docs.ts';
import { generateSection, SECTIONS } from '../src/docs/reference.ts';
import { loadScenario } from '../src/core/load.ts';
import { analyzeScenario } from '../src/core/analyze.ts';
import { TECHNIQUES, TRAITS, PRINCIPLES } from '../src/core/vocabulary.ts';
import { RULES } from '../src/core/rules.ts';
import { FIGURES } from '../src/game/portrait.ts';

const root = new URL('..', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the authoring guides', () => {
  it('are up to date with the engine (regenerate with `npm run docs`)', () => {
    for (const { file, content } of generatedFiles()) expect(read(file), file).toBe(content);
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
      expect(analyzeScenario(r.scenario!).best.outcome, file).toBe('grudging');
      // The guide's two fixes replace the first reply of `opening` and of `details`.
      const [hear, solve] = blocks.filter((b) => b.startsWith('      - text:'));
      const fixed = full!
        .replace(/      - text:\n {10}en: I'm sorry, Noura[\s\S]*?next: details\n/, hear!)
        .replace(/      - text: \{ en: "I see both[\s\S]*?next: closing\n/, solve!);
      const better = loadScenario(fixed, file);
      expect(better.diagnostics, file).toEqual([]);
      expect(analyzeScenario(better.scenario!).best, file).toMatchObject({ outcome: 'satisfied', moves: [0, 1, 0] });
    }
  });

  it('are linked from the README, which no longer sends trainers into src/ for the figures', () => {
    const readme = read('README.md');
    expect(readme).toContain('(docs/authoring.md)');
    expect(readme).toContain('(docs/authoring.ar.md)');
    expect(readme).not.toMatch(/see src\/game\/portrait\.ts/);
  });
});
