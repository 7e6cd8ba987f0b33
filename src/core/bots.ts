/**
 * Bots: scripted trainees that play a scenario headless, for analysis, tests and the CLI.
 * Each follows (or breaks) the principles on purpose, so a scenario can be checked against them:
 * the empathetic bot should beat the defensive and the robotic one.
 */
import { currentBeat, customerState, type Session } from './session.ts';
import { HARMFUL_TECHNIQUES, HEARING_TECHNIQUES, isHelpful, type Technique } from './vocabulary.ts';
import { languageSchema } from './schemaBasics.ts';
import { pickByShape, replyLength, SHAPES, type Shape } from './shape.ts';

/** A bot's move: an option index of the current beat, or a breath (P14). */
export type Move = number | 'breathe';

export interface Bot {
  readonly name: string;
  next(session: Session): Move;
}

export const BOT_NAMES = ['empathetic', 'defensive', 'robotic', 'random', ...SHAPES] as const;

/** A small, fast, seedable PRNG (mulberry32): randomness is an input, never Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `empathetic`, `defensive`, `robotic`, `random` or `random:SEED`, or a shape-only bot that never
 * reads: `longest`/`shortest` (`:en`/`:ar` to measure in that language, else the scenario's
 * first) and `first`/`last` (in the file's order). Undefined for an unknown name.
 */
export function createBot(spec: string): Bot | undefined {
  const [name, seedText] = spec.split(':');
  if ((SHAPES as readonly string[]).includes(name!)) return shapeBot(spec, name as Shape, seedText);
  switch (name) {
    case 'empathetic':
      return { name: spec, next: empathetic };
    case 'defensive':
      return { name: spec, next: (s) => bestBy(s, defensiveValue) };
    case 'robotic':
      return { name: spec, next: robotic };
    case 'random': {
      const seed = seedText === undefined ? 1 : Number(seedText);
      if (!Number.isInteger(seed)) return undefined;
      const random = seededRandom(seed);
      return { name: spec, next: (s) => Math.floor(random() * (currentBeat(s)?.options.length ?? 1)) };
    }
    default:
      return undefined;
  }
}

function bestBy(session: Session, value: (techniques: readonly Technique[], session: Session, sets: readonly string[]) => number): number {
  const options = currentBeat(session)?.options ?? [];
  let best = 0;
  let bestValue = -Infinity;
  options.forEach((o, i) => {
    const v = value(o.techniques, session, o.sets ?? []);
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  });
  return best;
}

function empathetic(session: Session): Move {
  const { meters } = customerState(session);
  const lastWasBreath = session.turns.at(-1)?.option === -1;
  if (meters.composure < 35 && !lastWasBreath) return 'breathe';
  return bestBy(session, empatheticValue);
}

/** How well a reply follows the principles at this point of the conversation. */
function empatheticValue(techniques: readonly Technique[], session: Session, sets: readonly string[]): number {
  const { archetype } = session.scenario.customer;
  const uses = session.uses;
  const solvedBefore = session.flags.includes('solved') || (uses.solve ?? 0) > 0 || (uses.compromise ?? 0) > 0;
  let v = 0;
  for (const t of techniques) {
    if (!isHelpful(t)) {
      v -= 10;
      continue;
    }
    v -= 1.5 * (uses[t] ?? 0);
    if (HEARING_TECHNIQUES.includes(t)) v += session.heard ? 1 : 4;
    if (t === 'validate-feeling' && archetype === 'mistaken' && !uses[t]) v += 3;
    if (t === 'apologize') v += session.heard && !uses.apologize ? 3 : 0.5;
    if (t === 'solve' || t === 'compromise') v += session.heard ? 5 : 1;
    if (t === 'explain') v += archetype === 'angry' ? 1 : session.heard ? 4 : 2;
    if (t === 'positive-language' || t === 'set-expectation') v += 2;
    if (t === 'use-name') v += uses['use-name'] ? 0 : 2;
    if (t === 'product-knowledge') v += 1;
    if (t === 'thank' || t === 'future-help') v += solvedBefore ? 3 : 0;
  }
  if (sets.includes('solved')) v += session.heard ? 4 : 1;
  return v;
}

const COMBATIVE: readonly Technique[] = ['argue', 'blame', 'deflect', 'dismiss', 'personal', 'negative-language'];

function defensiveValue(techniques: readonly Technique[]): number {
  let v = 0;
  for (const t of techniques) {
    if (COMBATIVE.includes(t)) v += 3;
    else if ((HARMFUL_TECHNIQUES as readonly Technique[]).includes(t)) v += 1;
    else v -= 0.5;
  }
  return v;
}

/** Stock phrases said to everyone, and the moves that would tailor a reply to this customer. */
const STOCK: readonly Technique[] = ['scripted', 'apologize', 'thank', 'positive-language'];
const TAILORED: readonly Technique[] = ['use-name', 'paraphrase', 'empathize', 'ask', 'listen', 'validate-feeling', 'acknowledge'];

/** The same stock move every turn (P12): the most formulaic reply, never a tailored one. */
function robotic(session: Session): Move {
  return bestBy(session, (techniques) => {
    let v = 0;
    for (const t of techniques) {
      if (t === 'scripted') v += 3;
      else if (STOCK.includes(t)) v += 1;
      else if (TAILORED.includes(t)) v -= 2;
    }
    return v;
  });
}

function shapeBot(spec: string, shape: Shape, langText: string | undefined): Bot | undefined {
  const lang = langText === undefined ? undefined : languageSchema.safeParse(langText);
  if (lang && (!lang.success || shape === 'first' || shape === 'last')) return undefined;
  return {
    name: spec,
    next: (s) => {
      const options = currentBeat(s)?.options ?? [];
      const measure = lang?.data ?? s.scenario.languages[0]!;
      return pickByShape(shape, options.map((o) => replyLength(o, measure)));
    },
  };
}
