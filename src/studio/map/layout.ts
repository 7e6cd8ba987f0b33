/**
 * A small layered layout for the branch map: beats in rows by their distance from the start,
 * endings in the last row, beats no path reaches after them; within a row, each node sits near
 * the average place of the nodes that lead to it (two sweeps of the barycentre rule), which keeps
 * most replies short and uncrossed. Our scenarios have tens of nodes: this is enough, and it
 * ships no dependency.
 */
import type { BranchMap } from './graph.ts';

/** A node's place: centre and row. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  row: number;
}

export const GAP_X = 180;
export const GAP_Y = 96;

/** Places every node of the map; rows top to bottom, in a box of `width` × `height`. */
export function layout(map: BranchMap): { placed: Map<string, Placed>; rows: string[][]; width: number; height: number } {
  const out = new Map<string, string[]>();
  for (const e of map.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const endings = new Set(map.nodes.filter((n) => n.kind === 'ending').map((n) => n.id));
  const depth = new Map<string, number>([[map.start, 0]]);
  const queue = [map.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const to of out.get(id) ?? []) {
      if (depth.has(to) || endings.has(to)) continue;
      depth.set(to, depth.get(id)! + 1);
      queue.push(to);
    }
  }
  const deepest = Math.max(0, ...depth.values());
  const rows: string[][] = [];
  const put = (id: string, row: number) => (rows[row] ??= []).push(id);
  const lost = map.nodes.filter((n) => n.kind === 'beat' && !depth.has(n.id));
  for (const n of map.nodes) if (n.kind === 'beat' && depth.has(n.id)) put(n.id, depth.get(n.id)!);
  for (const n of map.nodes) if (n.kind === 'ending') put(n.id, deepest + 1);
  for (const n of lost) put(n.id, deepest + 2);
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];

  const parents = new Map<string, string[]>();
  for (const e of map.edges) parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
  const position = new Map<string, number>();
  const index = () => rows.forEach((row) => row.forEach((id, i) => position.set(id, i - (row.length - 1) / 2)));
  index();
  for (let sweep = 0; sweep < 2; sweep++) {
    for (const row of rows.slice(1)) {
      const centre = (id: string) => {
        const ps = (parents.get(id) ?? []).filter((p) => position.has(p) && p !== id);
        return ps.length ? ps.reduce((s, p) => s + position.get(p)!, 0) / ps.length : position.get(id)!;
      };
      const keyed = row.map((id) => [id, centre(id)] as const);
      keyed.sort((a, b) => a[1] - b[1]);
      row.splice(0, row.length, ...keyed.map(([id]) => id));
      index();
    }
  }
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const placed = new Map<string, Placed>();
  rows.forEach((row, r) =>
    row.forEach((id, i) => placed.set(id, { id, row: r, x: (i + (widest - row.length) / 2) * GAP_X + GAP_X / 2, y: r * GAP_Y + GAP_Y / 2 })));
  return { placed, rows, width: widest * GAP_X, height: rows.length * GAP_Y };
}
