/**
 * How the project starts Chromium (the e2e harness, the benchmark, the icon renderer): Debian's Chromium, headless,
 * software WebGL (SwiftShader, as on a meeting-room PC without a GPU), nothing that reaches the network by itself.
 */

/** The browser binary: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launch flags, passed with `headless: true`. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // performance.memory with exact figures (the benchmark's heap; harmless elsewhere).
  '--enable-precise-memory-info',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
