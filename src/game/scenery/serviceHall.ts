/** A government service hall: numbered windows and the queue board behind, the service desk in front. */
import { line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

export function serviceHall(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const top = h * 0.88;
  let back = rect(0, 0, w, h, '#eef0ea') + rect(0, h * 0.6, w, h * 0.4, '#dfe3d8') + line(0, h * 0.6, w, h * 0.6, '#c9cfbf', 0.8 * u);
  // The queue board across the top: ticket numbers in amber on dark green.
  const bw = Math.min(w * 0.8, 70 * u);
  back += round((w - bw) / 2, h * 0.05, bw, 9 * u, 1.2 * u, '#1f3b30');
  for (let i = 0; i < 4; i++) back += rect((w - bw) / 2 + 3 * u + i * (bw - 6 * u) / 4, h * 0.05 + 3 * u, (bw - 6 * u) / 4 - 3 * u, 3 * u, i % 2 ? '#f2b84b' : '#9fd8b8', ' opacity=".9"');
  // Numbered service windows along the wall.
  const n = Math.max(2, Math.round(w / (28 * u)));
  for (let i = 0; i < n; i++) {
    const x = (i + 0.12) * (w / n);
    back += round(x, h * 0.22, (w / n) * 0.76, h * 0.32, 1.2 * u, '#cfe0e6', ' opacity=".85"') + rect(x, h * 0.22, (w / n) * 0.76, 3.4 * u, '#2f6f58');
  }
  const front =
    rect(0, top, w, h - top, '#b7a58a') + rect(0, top, w, 2.4 * u, '#cdbb9f') + line(0, top + 2.4 * u, w, top + 2.4 * u, '#9a896f', 0.6 * u) +
    rect(0, top - 7 * u, w, 7 * u, '#dff1f5', ' opacity=".28"');
  return { back, front, floor: top };
}
