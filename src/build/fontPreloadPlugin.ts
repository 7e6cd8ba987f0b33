/**
 * Vite plugin: the game's page asks for its font files at once, beside the JavaScript. Without it
 * the browser learns of them only when the game's script has run and asks for the font — a second
 * round trip before the first screen (the screens wait for the font so Arabic never reflows).
 */
import type { Plugin } from 'vite';

/** The faces the first screen uses: Arabic and Latin letters, regular and semi-bold. */
const FIRST_SCREEN = /ibm-plex-sans-arabic-(arabic|latin)-(400|600)-normal-[\w-]+\.woff2$/;

export function fontPreloadPlugin(page = 'index.html'): Plugin {
  return {
    name: 'sabr-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith(page) || ctx.filename.endsWith(`studio.${page}`)) return [];
        return Object.keys(ctx.bundle).filter((f) => FIRST_SCREEN.test(f)).sort().map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${f}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
