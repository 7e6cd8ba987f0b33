/** Small SVG helpers for the settings behind the customer (numbers rounded, no DOM). */

/** A number with at most one decimal. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="${fill}"${extra}/>`;

export const round = (x: number, y: number, w: number, h: number, r: number, fill: string, extra = ''): string =>
  rect(x, y, w, h, fill, ` rx="${n(r)}"${extra}`);

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ''): string =>
  `<path d="M${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}" fill="none"${extra}/>`;

export const circle = (x: number, y: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"${extra}/>`;

/** A standalone SVG document of `w` × `h` user units (CSS pixels of the stage). */
export const doc = (w: number, h: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(w)} ${n(h)}" width="${n(w)}" height="${n(h)}" stroke-linecap="round">${body}</svg>`;
