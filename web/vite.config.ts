import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import countries from 'world-countries';

const COUNTRY_CODES_ID = 'virtual:country-codes';

/**
 * Serves `virtual:country-codes`: ISO numeric -> alpha-3 codes and alpha-3 -> common names, built
 * from `world-countries` at build time, so the bundle carries a few kilobytes instead of the package's 1.4 MB of country data.
 *
 * @example
 * plugins: [countryCodes()]; // then in the app: import { byNumeric } from 'virtual:country-codes';
 */
export function countryCodes(): Plugin {
  const resolved = `\0${COUNTRY_CODES_ID}`;
  return {
    name: 'dateline-country-codes',
    resolveId: (id) => (id === COUNTRY_CODES_ID ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const byNumeric: Record<string, string> = {};
      const names: Record<string, string> = {};
      for (const c of countries) {
        if (c.ccn3) byNumeric[c.ccn3] = c.cca3;
        names[c.cca3] = c.name.common;
      }
      return `export const byNumeric = ${JSON.stringify(byNumeric)};\nexport const names = ${JSON.stringify(names)};\n`;
    },
  };
}

// Root is web/ whatever the working directory; output goes to web/dist, which the server serves.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [countryCodes()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page runs under script-src 'self': no inline polyfill script, no data: URLs for assets.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
