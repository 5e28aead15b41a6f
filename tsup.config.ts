import { defineConfig } from 'tsup';

// The build script empties dist/ first (`npm run build`), so neither config cleans: two configs
// cleaning in parallel could delete each other's output.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
    // `import.meta.url` in the CJS bundle too: assignInParallel finds dist/worker.js next to the library.
    shims: true,
  },
  {
    // The worker thread of assignInParallel: ESM (the package is "type": "module"), its own bundle.
    entry: { worker: 'src/parallel/worker.ts' },
    format: ['esm'],
    dts: false,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
  {
    // The command-line interface `banenmatch` (package bin): ESM, with its own copy of the library.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
