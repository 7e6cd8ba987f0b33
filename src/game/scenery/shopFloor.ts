/** A shop floor: shelves of goods behind, a display table in front. */
import { line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

const GOODS = ['#e07a5f', '#3d85c6', '#f2cc8f', '#81b29a', '#c98bb9', '#f4a259'];

export function shopFloor(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const top = h * 0.89;
  let back = rect(0, 0, w, h, '#f3efe6') + rect(0, h * 0.72, w, h * 0.28, '#d9d2c3');
  for (const [k, y] of [0.18, 0.38, 0.58].entries()) {
    back += rect(0, h * y, w, 1.6 * u, '#b9a98f');
    let x = (k * 5 * u) % (9 * u);
    let i = k;
    while (x < w) {
      const bw = 5 * u + (i % 3) * 1.5 * u;
      const bh = 8 * u + (i % 2) * 3 * u;
      back += round(x, h * y - bh, bw, bh, 0.8 * u, GOODS[i % GOODS.length]!, ' opacity=".85"');
      x += bw + 1.6 * u;
      i++;
    }
  }
  back += round(w * 0.72, h * 0.04, Math.min(w * 0.24, 26 * u), 7 * u, 1.5 * u, '#d64541') + rect(w * 0.72 + 3 * u, h * 0.04 + 2.6 * u, Math.min(w * 0.24, 26 * u) - 6 * u, 1.8 * u, '#fff', ' opacity=".9"');
  const front =
    rect(0, top, w, h - top, '#6d8fa6') + rect(0, top, w, 2.2 * u, '#8fb0c4') + line(0, top + 2.2 * u, w, top + 2.2 * u, '#587a90', 0.5 * u) +
    round(w * 0.12, top + 4 * u, 9 * u, 5 * u, 0.8 * u, '#fff7d6');
  return { back, front, floor: top };
}
