/** A branch's front counter: a warm wall, the queue display, a brand sign, and the counter in front. */
import { circle, line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

export function counter(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const top = h * 0.88;
  const back =
    rect(0, 0, w, h, '#efe6d8') +
    rect(0, h * 0.58, w, h * 0.42, '#e2d5c1') +
    line(0, h * 0.58, w, h * 0.58, '#d3c3ab', 0.8 * u) +
    // The queue display: "now serving".
    round(w * 0.06, h * 0.1, Math.min(w * 0.26, 30 * u), 14 * u, 1.5 * u, '#2b3a45') +
    rect(w * 0.06 + 2 * u, h * 0.1 + 3 * u, Math.min(w * 0.26, 30 * u) - 4 * u, 3 * u, '#f2b84b', ' opacity=".9"') +
    rect(w * 0.06 + 2 * u, h * 0.1 + 8 * u, Math.min(w * 0.18, 18 * u), 3 * u, '#7fd1c7', ' opacity=".8"') +
    // The brand sign on the far side.
    round(w - w * 0.06 - Math.min(w * 0.28, 34 * u), h * 0.1, Math.min(w * 0.28, 34 * u), 10 * u, 5 * u, '#0f766e') +
    circle(w - w * 0.06 - Math.min(w * 0.28, 34 * u) + 5 * u, h * 0.15, 2.4 * u, '#f6f3ee');
  const front =
    rect(0, top, w, h - top, '#8a6a4f') +
    rect(0, top, w, 2.6 * u, '#a4845f') +
    line(0, top + 2.6 * u, w, top + 2.6 * u, '#6f543e', 0.6 * u) +
    rect(w * 0.05, top + 6 * u, w * 0.9, h - top - 6 * u, '#7c5f46');
  return { back, front, floor: top };
}
