/** Builds the bare MapLibre baseline page used by `npm run bench` into dist-bench/ (not part of the app). */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(__dirname, 'bench'),
  base: './',
  publicDir: resolve(__dirname, 'public'),
  worker: { format: 'es' },
  build: {
    outDir: resolve(__dirname, 'dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: resolve(__dirname, 'bench/bare.html') },
  },
});
