/**
 * A small picture of a scenario's customer for lists — the picker's cards (as they arrive) and
 * My progress (as they left) — drawn by the same pure portrait as the stage, head and shoulders,
 * as an image: decorative, since the name beside it says who it is.
 */
import type { Scenario } from '../core/schema.ts';
import type { AngerMood, BeliefMood, ConfusionMood, Outcome } from '../core/vocabulary.ts';
import { figureFor } from './portrait.ts';
import { customerSvg } from './stage/picture.ts';
import { svgUrl } from './stage/raster.ts';

/** The customer's mood to draw; `outcome` walked-out shows them leaving. */
export interface ThumbMood {
  anger: AngerMood;
  confusion: ConfusionMood;
  belief?: BeliefMood | undefined;
  outcome?: Outcome | undefined;
}

// One drawing per customer and mood: a long list of attempts repeats a few.
const cache = new Map<string, string>();

/** How a finished attempt left the customer, from its outcome alone (no replay needed for a list). */
export function leftAs(outcome: Outcome | null | undefined): ThumbMood {
  if (outcome === 'satisfied' || outcome === 'business-lost') return { anger: 'calm', confusion: 'understood', belief: 'accepting', outcome };
  if (outcome === 'grudging') return { anger: 'calming', confusion: 'following', belief: 'open', outcome };
  if (outcome === 'escalated') return { anger: 'angry', confusion: 'unsure', belief: 'defensive', outcome };
  if (outcome === 'walked-out') return { anger: 'furious', confusion: 'lost', belief: 'insisting', outcome };
  return { anger: 'upset', confusion: 'unsure' };
}

export function portraitThumb(scenario: Scenario, mood: ThumbMood): HTMLImageElement {
  const c = scenario.customer;
  const figure = figureFor(c.look?.figure, scenario.id);
  const belief = c.archetype === 'mistaken' ? mood.belief : undefined;
  const key = [figure, c.look?.age, mood.anger, mood.confusion, belief, mood.outcome].join('|');
  let src = cache.get(key);
  if (!src) {
    const svg = customerSvg({ figure, age: c.look?.age, seed: scenario.id, anger: mood.anger, confusion: mood.confusion, belief, outcome: mood.outcome })
      // Head and shoulders: the drawing's upper part (seen leaving, the whole scene).
      .replace('viewBox="0 0 400 480"', mood.outcome === 'walked-out' ? 'viewBox="0 40 400 440"' : 'viewBox="50 40 300 330"');
    src = svgUrl(svg);
    cache.set(key, src);
  }
  const img = document.createElement('img');
  img.className = 'thumb';
  img.src = src;
  img.alt = '';
  img.width = 60;
  img.height = 66;
  img.decoding = 'async';
  img.dataset.thumb = scenario.id;
  return img;
}
