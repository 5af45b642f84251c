/// <reference types="vite/client" />

/** Built by web/vite.config.ts from the world-countries package. */
declare module 'virtual:country-codes' {
  /** ISO 3166 numeric code ("643") -> alpha-3 ("RUS"). */
  export const byNumeric: Record<string, string>;
  /** Alpha-3 ("RUS") -> common English name ("Russia"). */
  export const names: Record<string, string>;
}
