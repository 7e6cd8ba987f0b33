/**
 * The score of a finished (or abandoned) session, 0–100. The outcome leads: each outcome has a
 * band (OUTCOME_BANDS), so a satisfied customer always scores clearly above a grudging one, a
 * grudging one above a lost business or an escalation, and a walk-out lowest. Within its band a
 * play is placed by three reported axes:
 * - customer: how calm, satisfied and loyal the customer leaves (P1–P8, P15) — for a customer who
 *   walked out or asked for a manager, how calm and trusting they had become at best before that,
 *   so careful turns before a blunder still count;
 * - business: the problem really solved (not by caving or a false promise), policy kept, no
 *   promise that will be broken (P9, P13);
 * - efficiency: replies used against the shortest principled way to the same ending (P3, P11),
 *   for a conversation that reached one.
 * total = band.min + (band.max − band.min) × play / 100, play = Σ AXIS_WEIGHTS × axis.
 */
import { bestReached, type Session } from './session.ts';
import { shortestPath } from './graph.ts';
import type { Outcome } from './vocabulary.ts';

export const AXIS_WEIGHTS = { customer: 0.5, business: 0.35, efficiency: 0.15 } as const;
export type Axis = keyof typeof AXIS_WEIGHTS;

/** Where each outcome's scores lie; a conversation left unfinished scores as a walk-out. */
export const OUTCOME_BANDS: Record<Outcome, { min: number; max: number }> = {
  satisfied: { min: 70, max: 100 },
  grudging: { min: 45, max: 65 },
  'business-lost': { min: 20, max: 40 },
  escalated: { min: 20, max: 40 },
  'walked-out': { min: 0, max: 15 },
};

export interface Score {
  total: number;
  axes: Record<Axis, number>;
  /** The parts each axis is made of, for the debrief. */
  parts: {
    calm: number;
    satisfaction: number;
    loyalty: number;
    solved: boolean;
    policyKept: boolean;
    noFalsePromise: boolean;
    turns: number;
    shortest: number;
    /** The weighted axes, 0–100: where the play lies within its outcome's band. */
    play: number;
    band: { min: number; max: number };
  };
  outcome: Outcome | undefined;
}

const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));

export function scoreSession(session: Session): Score {
  const m = session.customer.context.meters;
  const solved = session.flags.includes('solved');
  const policyKept = !session.flags.includes('policy-broken');
  const noFalsePromise = !session.flags.includes('false-promise');
  const left = session.outcome === 'walked-out' || session.outcome === 'escalated' || session.outcome === undefined;
  // A customer who left is judged by the best they had become before leaving.
  const { anger, trust } = left ? bestReached(session) : m;
  const calm = 100 - anger;
  const satisfaction = clamp(0.5 * trust + 0.5 * calm + (solved && !left ? 10 : -10));
  const loyalty = left ? Math.min(m.loyalty, 20) : m.loyalty;
  const customer = clamp((calm + satisfaction + loyalty) / 3);
  // Granting what isn't due or promising what won't happen is not solving the problem (P9, P13).
  const reallySolved = solved && !left && policyKept && noFalsePromise;
  const business = clamp((reallySolved ? 50 : 0) + (policyKept ? 30 : 0) + (noFalsePromise ? 20 : 0));
  const turns = session.turn;
  const ending = session.at.kind === 'ending' && session.at.id ? session.at.id : undefined;
  const shortest = shortestPath(session.scenario, ending);
  // Speed counts only for a conversation that reached an ending: a quick walk-out is not efficient.
  const efficiency = turns === 0 || left ? 0 : clamp((100 * Math.min(turns, shortest)) / turns);
  const axes = { customer, business, efficiency };
  const play = AXIS_WEIGHTS.customer * customer + AXIS_WEIGHTS.business * business + AXIS_WEIGHTS.efficiency * efficiency;
  const band = OUTCOME_BANDS[session.outcome ?? 'walked-out'];
  const total = clamp(band.min + ((band.max - band.min) * play) / 100);
  return {
    total,
    axes,
    parts: { calm, satisfaction, loyalty, solved, policyKept, noFalsePromise, turns, shortest, play: Math.round(play), band },
    outcome: session.outcome,
  };
}
