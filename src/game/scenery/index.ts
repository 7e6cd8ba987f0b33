/**
 * The settings drawn behind the customer, like the portraits: standalone SVG strings, pure and
 * procedural (nothing downloaded). Each setting has a back layer (behind the person) and a front
 * layer (a counter, a desk) that hides where the portrait's drawing ends.
 */
import { doc } from './svg.ts';
import { counter } from './counter.ts';

/** A setting's two layers, as SVG bodies in user units (CSS pixels of the stage), and where its foreground starts. */
export interface Scenery {
  back: string;
  front: string;
  /** The y where the foreground's top edge is. */
  floor: number;
}

export const SETTINGS = ['counter'] as const;
export type SettingId = (typeof SETTINGS)[number];

const DRAW: Record<SettingId, (w: number, h: number) => Scenery> = { counter };

/** The setting `id` for a stage `w` × `h`, as two SVG documents (back, front). */
export function scenerySvg(id: SettingId, w: number, h: number): { back: string; front: string; floor: number } {
  const s = DRAW[id](w, h);
  return { back: doc(w, h, s.back), front: doc(w, h, s.front), floor: s.floor };
}
