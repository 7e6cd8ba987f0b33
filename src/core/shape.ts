/**
 * The shape of the replies: whether a reply's length or its place in the list gives its quality
 * away. Trainers tend to write the good reply longer and first; a trainee then wins by picking
 * the longest (or the first) reply without reading. This module measures that, for the check.
 *
 * A reply's quality is its one-step effect on the customer by the rule table (`evaluate`), at a
 * fixed, explainable point: the customer's starting meters, not yet heard on the first beat and
 * heard on every later one. Its value is calm gained (−anger) + trust + half the loyalty, minus the
 * confusion of a confused customer and the belief of a mistaken one, counting delayed effects in
 * full (P10, P13), +10 for a reply that sets `solved` and −30 for one that breaks policy (P9).
 */
import { evaluate, DELAYED_EFFECTS, impliedFlags } from './rules.ts';
import { ARCHETYPE_START } from './customer.ts';
import { moodFor, type Deltas, type Meters } from './vocabulary.ts';
import { text } from './session.ts';
import type { Beat, Language, Option, Scenario } from './schema.ts';

/** The ways a reply's shape can point at it, and the bots that play them. */
export const SHAPES = ['longest', 'shortest', 'first', 'last'] as const;
export type Shape = (typeof SHAPES)[number];

/** A reply more than this many times longer than another in the same beat draws a warning. */
export const LENGTH_RATIO = 2;

/** The quality of each reply of a beat (see the module comment). Deterministic. */
export function replyQualities(scenario: Scenario, beat: Beat): number[] {
  const { archetype, traits } = scenario.customer;
  const meters: Meters = { ...ARCHETYPE_START[archetype], ...scenario.customer.start };
  const first = beat.id === (scenario.start ?? scenario.beats[0]!.id);
  return beat.options.map((option) => {
    const deltas: Deltas = option.effect
      ? { ...option.effect }
      : evaluate(
          {
            archetype, traits, meters, mood: moodFor('anger', meters.anger), techniques: option.techniques,
            uses: {}, heard: !first, lastStage: first ? -1 : 0, flags: [], slow: false,
          },
          false,
        ).deltas;
    for (const t of option.techniques) {
      const later = DELAYED_EFFECTS[t]?.effect ?? {};
      for (const [m, v] of Object.entries(later)) deltas[m as keyof Meters] = (deltas[m as keyof Meters] ?? 0) + v;
    }
    let value = -(deltas.anger ?? 0) + (deltas.trust ?? 0) + 0.5 * (deltas.loyalty ?? 0);
    if (archetype === 'confused') value -= deltas.confusion ?? 0;
    if (archetype === 'mistaken') value -= deltas.belief ?? 0;
    const flags = [...(option.sets ?? []), ...impliedFlags(option.techniques)];
    if (flags.includes('solved')) value += 10;
    if (flags.includes('policy-broken')) value -= 30;
    return Math.round(value * 10) / 10;
  });
}

/** A reply's length in characters (code points) in one language. */
export function replyLength(option: Pick<Option, 'text'>, lang: Language): number {
  return [...text(option.text, lang)].length;
}

/** The reply a shape picks among `lengths` (one per reply): the first of equals. */
export function pickByShape(shape: Shape, lengths: readonly number[]): number {
  if (shape === 'first') return 0;
  if (shape === 'last') return lengths.length - 1;
  let pick = 0;
  lengths.forEach((n, i) => {
    if (shape === 'longest' ? n > lengths[pick]! : n < lengths[pick]!) pick = i;
  });
  return pick;
}

/** One beat measured: qualities, lengths per language, the single best reply if there is one. */
export interface BeatShape {
  beat: number;
  qualities: number[];
  lengths: Partial<Record<Language, number[]>>;
  /** The index of the one best reply; undefined on a tie or with a single reply. */
  best?: number;
  /** The shapes (per language for length) whose pick is the best reply, with no tie for that pick. */
  hits: { shape: Shape; lang?: Language }[];
}

/** Where a shape picks the best reply in most beats: the scenario can be won by its shape. */
export interface ShapePattern {
  shape: Shape;
  /** For length shapes, the languages it holds in. */
  langs: Language[];
  hits: number;
  /** Beats with two or more replies and one best reply. */
  beats: number;
  /** The beats (indices) where it holds. */
  where: number[];
}

/** Every beat's shape, and the shapes that predict the best reply in more than half the beats. */
export function measureShape(scenario: Scenario): { beats: BeatShape[]; patterns: ShapePattern[] } {
  const beats = scenario.beats.map((beat, index): BeatShape => {
    const qualities = replyQualities(scenario, beat);
    const top = Math.max(...qualities);
    const tops = qualities.filter((q) => q === top).length;
    const best = beat.options.length > 1 && tops === 1 ? qualities.indexOf(top) : undefined;
    const lengths: BeatShape['lengths'] = {};
    for (const lang of scenario.languages) lengths[lang] = beat.options.map((o) => replyLength(o, lang));
    const hits: BeatShape['hits'] = [];
    if (best !== undefined) {
      for (const shape of SHAPES) {
        if (shape === 'first' || shape === 'last') {
          if (pickByShape(shape, qualities) === best) hits.push({ shape });
          continue;
        }
        for (const lang of scenario.languages) {
          // A reply missing this language shows another one in its place: its length says nothing
          // yet, and the check's missing-translation warning is the one to act on first.
          if (beat.options.some((o) => !o.text[lang])) continue;
          const ls = lengths[lang]!;
          const pick = pickByShape(shape, ls);
          if (pick === best && ls.filter((n) => n === ls[pick]).length === 1) hits.push({ shape, lang });
        }
      }
    }
    return { beat: index, qualities, lengths, ...(best !== undefined ? { best } : {}), hits };
  });
  const counted = beats.filter((b) => b.best !== undefined);
  const patterns: ShapePattern[] = [];
  for (const shape of SHAPES) {
    const perLang: (Language | undefined)[] = shape === 'first' || shape === 'last' ? [undefined] : [...scenario.languages];
    const found = perLang.map((lang) => counted.filter((b) => b.hits.some((h) => h.shape === shape && h.lang === lang)).map((b) => b.beat));
    const langs = perLang.filter((_, i) => isPattern(found[i]!.length, counted.length));
    if (!langs.length) continue;
    const where = found[perLang.indexOf(langs[0])]!;
    patterns.push({ shape, langs: langs.filter((l): l is Language => l !== undefined), hits: where.length, beats: counted.length, where });
  }
  return { beats, patterns };
}

/** "Most beats": more than half of them, and at least two. */
function isPattern(hits: number, beats: number): boolean {
  return hits >= 2 && hits * 2 > beats;
}
