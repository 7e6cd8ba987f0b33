/**
 * The trainee's skills per principle (P1–P16), from their attempts: each technique a reply used
 * counts for the principle its base effect cites (src/core/rules.ts) — helpful ones as used well,
 * harmful ones as used badly — and a scenario mastered counts for the principles it teaches.
 * Pure, and cheap enough for thousands of attempts (no replay).
 */
import { BASE_EFFECTS } from '../core/rules.ts';
import { isHelpful, PRINCIPLES, type PrincipleId, type Technique } from '../core/vocabulary.ts';
import type { Progress, Scenario } from '../core/schema.ts';

export type SkillStatus = 'well' | 'badly' | 'not-yet';

export interface Skill {
  principle: PrincipleId;
  status: SkillStatus;
  good: number;
  bad: number;
  /** A scenario that practises it: one not mastered yet first. */
  practise?: Scenario;
}

export function skills(progress: Progress, scenarios: readonly Scenario[]): Skill[] {
  const good = new Map<PrincipleId, number>();
  const bad = new Map<PrincipleId, number>();
  const mastered = new Set<string>();
  // Counted per technique first (a few dozen), then per principle: the loop over thousands of
  // attempts does nothing but count.
  const uses = new Map<string, number>();
  for (const a of progress.attempts) {
    if (a.outcome === 'satisfied') mastered.add(a.scenario);
    for (const turn of a.techniques) for (const tech of turn) uses.set(tech, (uses.get(tech) ?? 0) + 1);
  }
  for (const [tech, count] of uses) {
    const p = BASE_EFFECTS[tech as Technique]?.principle;
    if (!p) continue;
    const into = isHelpful(tech as Technique) ? good : bad;
    into.set(p, (into.get(p) ?? 0) + count);
  }
  return PRINCIPLES.map((principle) => {
    const g = good.get(principle) ?? 0;
    const b = bad.get(principle) ?? 0;
    const teaching = scenarios.filter((s) => s.goals.includes(principle));
    const masteredOne = teaching.some((s) => mastered.has(s.id));
    const status: SkillStatus = b > g ? 'badly' : g > 0 || masteredOne ? 'well' : 'not-yet';
    const practise = teaching.find((s) => !mastered.has(s.id)) ?? teaching[0];
    return { principle, status, good: g, bad: b, ...(practise ? { practise } : {}) };
  });
}
