export * from './types.ts';
export * from './doc.ts';
export { wellFormed } from './unicode.ts';
