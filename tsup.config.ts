import { defineConfig, type Options } from 'tsup';

// The build script empties dist/ first (`npm run build`), so neither config cleans: two configs
// cleaning in parallel could delete each other's output.
/** The settings of the entries bundled on their own (ESM only, no type declarations). */
const separateEsmBundle = {
  format: ['esm'],
  dts: false,
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: false,
  target: 'node20',
} satisfies Options;

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: false,
    target: 'node20',
    // `import.meta.url` in the CJS bundle too: assignInParallel finds dist/worker.js next to the library.
    shims: true,
  },
  {
    // The worker thread of assignInParallel: ESM (the package is "type": "module"), its own bundle.
    ...separateEsmBundle,
    entry: { worker: 'src/parallel/worker.ts' },
  },
  {
    // The command-line interface `banenmatch` (package bin): ESM, with its own copy of the library.
    ...separateEsmBundle,
    entry: { cli: 'src/cli/bin.ts' },
    banner: { js: '#!/usr/bin/env node' },
  },
]);
