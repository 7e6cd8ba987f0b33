/** A workshop: a pegboard of tools and a tyre behind, the workbench in front. */
import { circle, line, rect, round } from './svg.ts';
import type { Scenery } from './index.ts';

export function workshop(w: number, h: number): Scenery {
  const u = Math.min(h, w * 1.2) / 100;
  const top = h * 0.88;
  let back = rect(0, 0, w, h, '#d9dde0') + rect(0, h * 0.66, w, h * 0.34, '#b9c0c5');
  const board = { x: w * 0.05, y: h * 0.08, w: w * 0.9, h: h * 0.42 };
  back += round(board.x, board.y, board.w, board.h, 1.5 * u, '#c8a77a');
  for (let x = board.x + 3 * u; x < board.x + board.w - u; x += 5 * u) for (let y = board.y + 3 * u; y < board.y + board.h - u; y += 5 * u) back += circle(x, y, 0.5 * u, '#a88557');
  // Tools hung on the board: spanners and a hammer.
  for (let i = 0; i < 4; i++) {
    const x = board.x + board.w * (0.1 + i * 0.08);
    back += line(x, board.y + 6 * u, x, board.y + (18 + i * 3) * u, '#5c6770', 1.6 * u) + circle(x, board.y + 6 * u, 1.8 * u, 'none', ` stroke="#5c6770" stroke-width="${0.9 * u}"`);
  }
  back += line(board.x + board.w * 0.78, board.y + 6 * u, board.x + board.w * 0.78, board.y + 26 * u, '#7a4e2d', 1.6 * u) + round(board.x + board.w * 0.78 - 4 * u, board.y + 4 * u, 8 * u, 4 * u, 0.8 * u, '#5c6770');
  back += circle(w * 0.86, h * 0.74, 9 * u, '#2b2f33') + circle(w * 0.86, h * 0.74, 4.5 * u, '#8b949b');
  const front =
    rect(0, top, w, h - top, '#7a6a58') + rect(0, top, w, 2.4 * u, '#9b8a75') + line(0, top + 2.4 * u, w, top + 2.4 * u, '#5d4f40', 0.6 * u) +
    round(w * 0.7, top - 3 * u, 12 * u, 3.2 * u, 0.8 * u, '#c0392b');
  return { back, front, floor: top };
}
