/**
 * The score of a finished (or abandoned) session, 0–100, from three reported axes:
 * - customer: how calm, satisfied and loyal the customer leaves (P1–P8, P15);
 * - business: the problem really solved (not by caving or a false promise), policy kept, no
 *   promise that will be broken (P9, P13);
 * - efficiency: replies used against the shortest principled way to the same ending (P3, P11),
 *   for a conversation that reached one.
 * The weights are in AXIS_WEIGHTS; docs/scoring.md explains them to trainers.
 */
import type { Session } from './session.ts';
import { shortestPath } from './graph.ts';
import type { Outcome } from './vocabulary.ts';

export const AXIS_WEIGHTS = { customer: 0.5, business: 0.35, efficiency: 0.15 } as const;
export type Axis = keyof typeof AXIS_WEIGHTS;

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
  };
  outcome: Outcome | undefined;
}

const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));

export function scoreSession(session: Session): Score {
  const m = session.customer.context.meters;
  const solved = session.flags.includes('solved');
  const policyKept = !session.flags.includes('policy-broken');
  const noFalsePromise = !session.flags.includes('false-promise');
  const left = session.outcome === 'walked-out' || session.outcome === 'escalated';
  const calm = 100 - m.anger;
  const satisfaction = clamp(0.5 * m.trust + 0.5 * calm + (solved && !left ? 10 : -10));
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
  const total = clamp(
    AXIS_WEIGHTS.customer * customer + AXIS_WEIGHTS.business * business + AXIS_WEIGHTS.efficiency * efficiency,
  );
  return {
    total,
    axes,
    parts: { calm, satisfaction, loyalty, solved, policyKept, noFalsePromise, turns, shortest },
    outcome: session.outcome,
  };
}
