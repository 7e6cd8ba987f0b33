/** SVG strings to bitmaps at an exact pixel size (the browser rasterises; nothing is fetched). */

/** Sets the root's width and height, so the SVG is drawn at `w` × `h` device pixels, not scaled afterwards. */
export function sized(svg: string, w: number, h: number): string {
  return svg.replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${Math.round(w)}" height="${Math.round(h)}"`);
}

/** An SVG document as an image address (a data: URL: nothing is fetched). */
export const svgUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Decodes `svg` at `w` × `h` pixels (off the main thread where the browser can). */
export async function rasterize(svg: string, w: number, h: number): Promise<HTMLImageElement> {
  const image = new Image(Math.round(w), Math.round(h));
  image.src = svgUrl(sized(svg, w, h));
  await image.decode();
  return image;
}
