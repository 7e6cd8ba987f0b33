/** A restaurant: a warm wall with hanging lamps and framed pictures, a laid table's edge in front. */
import { circle, line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

export function restaurant(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const top = h * 0.88;
  let back = rect(0, 0, w, h, '#f1e3d3') + rect(0, h * 0.62, w, h * 0.38, '#c9a27e') + line(0, h * 0.62, w, h * 0.62, '#a9825f', 0.8 * u);
  // Lamps hanging from the ceiling, spaced across the room.
  const lamps = Math.max(2, Math.round(w / (40 * u)));
  for (let i = 0; i < lamps; i++) {
    const x = (i + 0.5) * (w / lamps);
    back += line(x, 0, x, h * 0.1, '#7a5c44', 0.5 * u) + round(x - 4 * u, h * 0.1, 8 * u, 4 * u, 2 * u, '#d98e48') + circle(x, h * 0.15, 1.6 * u, '#ffe2a8', ' opacity=".9"');
  }
  // Two framed pictures on the wall.
  const fw = Math.min(w * 0.2, 22 * u);
  back += round(w * 0.07, h * 0.26, fw, 14 * u, 0.8 * u, '#8fb3a0', ' stroke="#7a5c44" stroke-width="' + 1.2 * u + '"');
  back += round(w - w * 0.07 - fw, h * 0.26, fw, 14 * u, 0.8 * u, '#e0b872', ' stroke="#7a5c44" stroke-width="' + 1.2 * u + '"');
  // The table: a white cloth, a plate and a glass.
  const front =
    rect(0, top, w, h - top, '#fbf8f3') + rect(0, top, w, 1.8 * u, '#ffffff') + line(0, top + 1.8 * u, w, top + 1.8 * u, '#ddd3c5', 0.6 * u) +
    circle(w * 0.2, top + 6 * u, 4.5 * u, '#ffffff', ' stroke="#d8cfc2" stroke-width="' + 0.6 * u + '"') +
    round(w * 0.78, top - 5 * u, 3 * u, 7 * u, 0.8 * u, '#cfe6ef', ' opacity=".8"');
  return { back, front, floor: top };
}
