/** An office, for an internal colleague: a window with blinds, a whiteboard, a plant, the meeting table in front. */
import { circle, line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

export function office(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const top = h * 0.89;
  let back = rect(0, 0, w, h, '#e9eef2') + rect(0, h * 0.7, w, h * 0.3, '#d3dbe2');
  const win = { x: w * 0.06, y: h * 0.08, w: Math.min(w * 0.34, 34 * u), h: h * 0.42 };
  back += rect(win.x, win.y, win.w, win.h, '#bcd9ee');
  for (let y = win.y + 2 * u; y < win.y + win.h; y += 3 * u) back += line(win.x, y, win.x + win.w, y, '#f4f7f9', 0.9 * u);
  const wb = { w: Math.min(w * 0.34, 36 * u), h: h * 0.26 };
  back += round(w - w * 0.06 - wb.w, h * 0.1, wb.w, wb.h, 1 * u, '#ffffff', ' stroke="#aab6c0" stroke-width="' + 0.8 * u + '"');
  back += line(w - w * 0.06 - wb.w + 3 * u, h * 0.1 + 5 * u, w - w * 0.06 - 6 * u, h * 0.1 + 5 * u, '#2f6fb0', 0.8 * u) + line(w - w * 0.06 - wb.w + 3 * u, h * 0.1 + 9 * u, w - w * 0.06 - wb.w * 0.5, h * 0.1 + 9 * u, '#d64541', 0.8 * u);
  back += round(w * 0.86, h * 0.6, 6 * u, 9 * u, 1 * u, '#c47f4f') + circle(w * 0.86 + 3 * u, h * 0.56, 5 * u, '#4f9a6b') + circle(w * 0.86, h * 0.52, 3.5 * u, '#5fae7b');
  const front = rect(0, top, w, h - top, '#e2e6e9') + rect(0, top, w, 1.8 * u, '#f5f7f8') + line(0, top + 1.8 * u, w, top + 1.8 * u, '#b8c2ca', 0.6 * u) + round(w * 0.62, top - 2 * u, 10 * u, 2.4 * u, 0.6 * u, '#4a5663');
  return { back, front, floor: top };
}
