// Whether dist/ was built from the sources as they are now. Plain JavaScript, because bin/dateline.js
// asks on every start, before any TypeScript can run; scripts/build.ts writes the stamp.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The stamp's file name inside the build folder. */
export const STAMP_FILE = 'stamp.json';

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Records each input's size, modification time and content hash in `<outDir>/stamp.json`.
 *
 * @param {string} root - Folder the input paths are relative to (the package root).
 * @param {readonly string[]} inputs - Files the build read, relative to `root`.
 * @param {string} outDir - The build folder.
 */
export function writeStamp(root, inputs, outDir) {
  const files = {};
  for (const input of [...inputs].sort()) {
    const path = join(root, input);
    const { size, mtimeMs } = statSync(path);
    files[input] = { size, mtimeMs, sha256: sha256(path) };
  }
  writeFileSync(join(outDir, STAMP_FILE), `${JSON.stringify({ files }, null, 1)}\n`);
}

/**
 * True when `<outDir>/stamp.json` exists and every input it names is unchanged. Size and
 * modification time decide when they match (a stat per file: about a millisecond in all); a file
 * whose time moved but whose content hash matches (a checkout, a touch) still counts as unchanged.
 *
 * @param {string} root - Folder the input paths are relative to.
 * @param {string} outDir - The build folder.
 * @returns {boolean}
 */
export function buildIsFresh(root, outDir) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(outDir, STAMP_FILE), 'utf8'));
  } catch {
    return false;
  }
  const entries = Object.entries(stamp?.files ?? {});
  if (entries.length === 0) return false;
  for (const [input, recorded] of entries) {
    const path = join(root, input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return false;
    }
    if (stat.size !== recorded.size) return false;
    if (stat.mtimeMs !== recorded.mtimeMs && sha256(path) !== recorded.sha256) return false;
  }
  return true;
}
