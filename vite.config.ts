import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { earlyData } from './scripts/vite/early-data';
import { messagesSplit } from './scripts/vite/messages-split';
import { maplibreCss } from './scripts/vite/maplibre-css';
import { pureColourSchemes } from './scripts/vite/pure-schemes';
import { pwa } from './scripts/vite/pwa';
import { NATIONAL_SLUG } from './src/data/national';

export default defineConfig({
  plugins: [
    react(),
    earlyData(__dirname, NATIONAL_SLUG),
    pwa(resolve(__dirname, 'public/generated')),
    messagesSplit(resolve(__dirname, 'src')),
    maplibreCss(),
    pureColourSchemes(),
  ],
  base: './',
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
    ],
  },

  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // d3-scale-chromatic ships one prebuilt module whose schemes are made by top-level calls: marked pure, the
      // schemes and interpolators the app does not use are left out (−16 KB; d3-color with them), issue 19. Likewise
      // robust-predicates' work arrays (vec): orient3d, incircle and insphere are left out (turf uses orient2d only).
      treeshake: { manualPureFunctions: ['colors', 'ramp', 'ramp$1', 'interpolateCubehelixLong', 'cubehelix$1', 'rgb', 'vec'] },
      output: {
        // MapLibre in a chunk of its own (as on the bare page); everything else the page runs before any user action
        // in one chunk (issue 19): without this group rolldown splits the first load's modules that lazy parts also
        // use into small shared chunks, more requests and bytes for the same code.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
