export * from './types.ts';
export * from './doc.ts';
