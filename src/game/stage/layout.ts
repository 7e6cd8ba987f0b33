/**
 * Where things go on the stage, in CSS pixels of the stage's box. Pure, so it is tested without a
 * browser: the customer is as large as the stage allows, centred, feet hidden behind the setting's
 * foreground, on every size from a phone's strip above the line to a 2560-pixel column.
 */

/** A rectangle in CSS pixels, from the stage's top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The portrait's drawing is 400 × 480 (src/game/portrait.ts). */
export const PORTRAIT_ASPECT = 400 / 480;

/**
 * The customer's box on a stage `w` × `h` whose foreground starts at `floor`: standing just behind
 * it (the drawing's lower edge hidden), head near the top, at most 80 % of the stage's width.
 */
export function customerBox(w: number, h: number, floor = h * 0.88): Box {
  const bottom = Math.min(h, floor + h * 0.04);
  let ph = bottom - h * 0.05;
  let pw = ph * PORTRAIT_ASPECT;
  if (pw > w * 0.8) {
    pw = w * 0.8;
    ph = pw / PORTRAIT_ASPECT;
  }
  return { x: (w - pw) / 2, y: bottom - ph, w: pw, h: ph };
}

/** The canvas's pixel size for a CSS size: device pixels (capped at 3×), so the stage is sharp. */
export function pixelSize(cssW: number, cssH: number, dpr: number): { w: number; h: number; ratio: number } {
  const ratio = Math.max(1, Math.min(3, dpr || 1));
  return { w: Math.max(1, Math.round(cssW * ratio)), h: Math.max(1, Math.round(cssH * ratio)), ratio };
}
