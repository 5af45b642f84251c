import { fileURLToPath } from 'node:url';

/** The `data/` folder shipped with the package: lexicons, knowledge base and rules. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The repository root (the package folder). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
