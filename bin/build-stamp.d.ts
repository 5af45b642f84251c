/** The stamp's file name inside the build folder. */
export const STAMP_FILE: string;
/** Records each input's size, modification time and content hash in `<outDir>/stamp.json`. */
export function writeStamp(root: string, inputs: readonly string[], outDir: string): void;
/** True when `<outDir>/stamp.json` exists and every input it names is unchanged. */
export function buildIsFresh(root: string, outDir: string): boolean;
