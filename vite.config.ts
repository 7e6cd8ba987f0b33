import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { scenariosPlugin } from './src/build/scenariosPlugin.ts';
import { fontPreloadPlugin } from './src/build/fontPreloadPlugin.ts';

export default defineConfig({
  base: './',
  plugins: [scenariosPlugin(fileURLToPath(new URL('./scenarios', import.meta.url))), fontPreloadPlugin()],
  // Phaser ships as one 1.4 MB module (no tree-shaking): the warning would fire on every build.
  build: {
    target: 'es2022', outDir: 'dist', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000,
    // Two pages of one static build: the game and the trainer's studio.
    rolldownOptions: { input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), studio: fileURLToPath(new URL('./studio.html', import.meta.url)) } },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
