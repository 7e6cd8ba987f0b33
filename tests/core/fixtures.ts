/**
 * Small scenarios built in code, so a principle test states exactly the conversation it needs.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/core/schema.ts';
import { choose, startSession, type Session, type SessionOptions } from '../../src/core/session.ts';
import type { Archetype, Meters, Technique, Trait } from '../../src/core/vocabulary.ts';

export interface LinearSpec {
  archetype?: Archetype;
  traits?: Trait[];
  start?: Partial<Meters>;
  /** Hostility of every beat's line (P14). */
  hostility?: number;
  /** Flags set by the last reply (e.g. `solved`). */
  lastSets?: string[];
  maxTurns?: number;
}

const say = (s: string) => ({ en: s, ar: s });

/** Wraps beats into a complete, valid scenario. */
export function scenarioWith(beats: ScenarioInput['beats'], spec: LinearSpec = {}, endings: ScenarioInput['endings'] = [{ id: 'end', line: say('Bye.') }]): Scenario {
  return scenarioSchema.parse({
    id: 'fixture',
    languages: ['en', 'ar'],
    title: say('Fixture'),
    summary: say('A scenario built by a test.'),
    briefing: say('A test.'),
    difficulty: 'easy',
    minutes: 1,
    goals: ['P1'],
    ...(spec.maxTurns ? { maxTurns: spec.maxTurns } : {}),
    customer: {
      name: say('Sam'),
      archetype: spec.archetype ?? 'angry',
      traits: spec.traits ?? [],
      ...(spec.start ? { start: spec.start } : {}),
    },
    beats,
    endings,
  });
}

/**
 * A straight conversation: one beat per turn, each with a single reply using the given
 * techniques, ending after the last. Returns the scenario.
 */
export function linear(turns: Technique[][], spec: LinearSpec = {}): Scenario {
  const beats = turns.map((techniques, i) => ({
    id: `b${i}`,
    hostility: spec.hostility ?? 0,
    line: say(`Line ${i}`),
    options: [
      {
        text: say(`Reply ${i}`),
        techniques,
        ...(i === turns.length - 1 && spec.lastSets ? { sets: spec.lastSets } : {}),
        next: i === turns.length - 1 ? 'end' : `b${i + 1}`,
      },
    ],
  }));
  return scenarioWith(beats, spec);
}

/** Plays `turns` of a linear scenario; returns every session along the way (index 0 = start). */
export function playLinear(turns: Technique[][], spec: LinearSpec = {}, options: SessionOptions = {}, seconds?: number[]): Session[] {
  const scenario = linear(turns, spec);
  const sessions = [startSession(scenario, options)];
  turns.forEach((_, i) => {
    const s = sessions.at(-1)!;
    if (s.outcome) return;
    sessions.push(choose(s, 0, seconds ? { seconds: seconds[i] } : {}));
  });
  return sessions;
}

/** The final session of a linear play. */
export function finalOf(turns: Technique[][], spec: LinearSpec = {}): Session {
  return playLinear(turns, spec).at(-1)!;
}

export const meters = (s: Session): Meters => s.customer.context.meters;

/** How much one meter moved on turn `n` (1-based) of a linear play. */
export function deltaOn(turns: Technique[][], n: number, meter: keyof Meters, spec: LinearSpec = {}): number {
  const sessions = playLinear(turns, spec);
  const record = sessions.at(-1)!.turns[n - 1]!;
  return record.after[meter] - record.before[meter];
}

/** The starter scenarios, held to the shipped bar; a trainer's own files only need to pass the check. */
export const STARTERS = ['late-router.yaml', 'oil-in-the-bill.yaml', 'sixty-days.yaml'];

/** The first thirteen lines of the small YAML scenarios the loader and CLI tests write (line numbers matter to them). */
export const TINY_HEADER = `id: tiny
languages: [en, ar]
title: { en: Tiny, ar: صغير }
summary: { en: A tiny scenario., ar: سيناريو صغير. }
briefing: { en: Someone is upset., ar: شخص منزعج. }
difficulty: easy
minutes: 2
goals: [P5]
customer:
  name: { en: Huda, ar: هدى }
  archetype: angry
beats:
  - id: open
`;

/** The smallest whole scenario on TINY_HEADER: one beat, one reply that solves it, one ending. */
export const TINY_SCENARIO = `${TINY_HEADER}    line: { en: "This is wrong!", ar: "هذا خطأ!" }
    options:
      - text: { en: "I understand.", ar: "أفهمك." }
        techniques: [acknowledge]
        sets: [solved]
        next: done
endings:
  - id: done
    line: { en: "Fine.", ar: "طيب." }
`;
