/**
 * `npm run build:cli [-- --outdir DIR]`: bundles the CLI and its worker threads into dist/ with
 * esbuild, so `dateline` starts without compiling TypeScript (bin/dateline.js uses the bundle while
 * its stamp matches the sources). Packages stay external: better-sqlite3 is native and others load
 * files at run time; they resolve from node_modules as before. See docs/development.md.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP_FILE, writeStamp } from '../bin/build-stamp.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(ROOT, 'src') + sep;

/** Entry points: the CLI, and each module a worker thread starts with. */
const ENTRIES = { cli: 'src/cli/main.ts', 'annotate-worker': 'src/jobs/annotate-worker.ts' };

/** The build's own files: a change to them makes the bundle stale too. */
const BUILD_FILES = ['scripts/build.ts', 'bin/build-stamp.js'];

/**
 * Bundled code runs from `outDir`, not from its source file, so `import.meta.url` would point
 * resolution of `data/`, `package.json` and `src/store/migrations/` at the wrong folder. Each
 * source file's `import.meta.url` becomes the URL of that source file, computed from where the
 * bundle is: every chunk sits directly in `outDir`, so one relative path serves the whole file.
 */
function sourceUrls(outDir: string): Plugin {
  return {
    name: 'source-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
        if (!path.startsWith(SRC)) return undefined;
        const fromBundle = relative(outDir, path).split(sep).join('/');
        const contents = readFileSync(path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`);
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Our modules have no import-time side effects (STYLE: no module-level mutable state), so a module
 * none of whose exports a command uses is left out with its package imports: `dateline code` then
 * loads no HTML parser, SQLite driver or Parquet writer although it imports from src/index.ts.
 * esbuild cannot know this of a package left external, hence the flag on our own files.
 */
const sideEffectFree: Plugin = {
  name: 'side-effect-free-sources',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'inner' || !importer.startsWith(SRC)) return undefined;
      const result = await b.resolve(path, { importer, resolveDir, kind, pluginData: 'inner' });
      if (result.errors.length > 0 || !result.path.startsWith(SRC)) return result;
      return { ...result, sideEffects: false };
    });
  },
};

/** In the bundle a worker starts from its bundled entry beside the CLI, without the tsx shim. */
const bundledWorkers: Plugin = {
  name: 'bundled-workers',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]jobs[\\/]worker-script\.ts$/ }, () => ({
      contents: "export function annotateWorkerScript() { return { script: new URL('./annotate-worker.js', import.meta.url) }; }",
      loader: 'ts',
    }));
  },
};

/**
 * Builds into `outDir` (emptied first) and writes its stamp last, so a half-written build is never
 * taken for a fresh one.
 *
 * @returns The source files bundled, relative to the package root.
 */
export async function buildCli(outDir = join(ROOT, 'dist')): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // Worker plugin first: the first onLoad that answers wins.
    plugins: [sideEffectFree, bundledWorkers, sourceUrls(outDir)],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  writeStamp(ROOT, [...inputs, ...BUILD_FILES], outDir);
  return inputs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--outdir');
  const outDir = i >= 0 ? resolve(process.argv[i + 1] ?? '') : undefined;
  const started = Date.now();
  const inputs = await buildCli(outDir);
  console.log(`dateline CLI: ${inputs.length} modules bundled into ${relative(process.cwd(), outDir ?? join(ROOT, 'dist')) || '.'}/ in ${Date.now() - started} ms (${STAMP_FILE} records their hashes)`);
}
