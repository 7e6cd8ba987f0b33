/** A phone call: the customer framed as on a call screen, with the call bar in front. */
import { circle, line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

export function phone(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const bar = h * 0.88;
  let back = rect(0, 0, w, h, '#dfe8ef') + round(w * 0.04, h * 0.04, w * 0.92, h * 0.92, 4 * u, '#c9d8e4');
  // A soft room behind the caller: a lamp and a window, out of focus.
  back += round(w * 0.1, h * 0.12, w * 0.3, h * 0.34, 2 * u, '#e8f0f5', ' opacity=".9"') + line(w * 0.25, h * 0.12, w * 0.25, h * 0.46, '#c9d8e4', 1 * u);
  back += circle(w * 0.82, h * 0.3, 7 * u, '#f6e3b4', ' opacity=".8"');
  // The call's signal: a little wave in the corner.
  for (let i = 0; i < 4; i++) back += round(w * 0.08 + i * 2.2 * u, h * 0.08 - i * 1.1 * u, 1.4 * u, 2.6 * u + i * 1.1 * u, 0.6 * u, '#0f766e');
  const front =
    rect(0, bar, w, h - bar, '#1f2a33', ' opacity=".92"') +
    circle(w / 2, bar + (h - bar) / 2, Math.min(4.5 * u, (h - bar) * 0.38), '#d64541') +
    circle(w / 2 - 14 * u, bar + (h - bar) / 2, Math.min(3.5 * u, (h - bar) * 0.3), '#3b4a56') +
    circle(w / 2 + 14 * u, bar + (h - bar) / 2, Math.min(3.5 * u, (h - bar) * 0.3), '#3b4a56');
  return { back, front, floor: bar };
}
