import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// `npm ci` warns (EBADENGINE) for every installed package whose engines.node rejects the Node that
// runs it. This keeps the promise in package.json honest: every Node version it admits on a
// long-term-support line must be admitted by every package in package-lock.json, dev ones included.

type Version = [number, number, number];

/** Parses `20`, `20.19`, `20.x`, `v20.19.0`: missing or wildcard parts come back as null. */
function partial(text: string): (number | null)[] {
  return text.replace(/^v/, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : null));
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `v` satisfies one comparator such as `>=14.17`, `^20.19.0`, `18`, `20.x` or `*`. */
function satisfiesOne(v: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?\s*(.*)$/.exec(comparator)!;
  const op = m[1] ?? '';
  const parts = partial(m[2]!);
  if (m[2] === '*' || m[2] === '' || parts[0] === null) return true;
  const fixed = parts.findIndex((p) => p === null);
  const known = fixed === -1 ? parts.length : fixed;
  const low: Version = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
  if (op === '' || op === '=') return parts.slice(0, known).every((p, i) => p === v[i]);
  if (op === '>=') return compare(v, low) >= 0;
  if (op === '>') return known < 3 ? v.slice(0, known).join('.') !== low.slice(0, known).join('.') && compare(v, low) > 0 : compare(v, low) > 0;
  if (op === '<') return compare(v, low) < 0;
  if (op === '<=') return known < 3 ? v[0] < low[0] || (v[0] === low[0] && (known < 2 || v[1] <= low[1])) : compare(v, low) <= 0;
  if (op === '~') return compare(v, low) >= 0 && v[0] === low[0] && (known < 2 || v[1] === low[1]);
  // ^: same major (or same minor below 1.0), at least the version given.
  return compare(v, low) >= 0 && v[0] === low[0] && (low[0] !== 0 || v[1] === low[1]);
}

/** Whether `v` satisfies an npm range: `||` alternatives of space-separated comparators. */
export function satisfies(v: Version, range: string): boolean {
  return range.split('||').some((alt) => alt.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).every((c) => satisfiesOne(v, c)));
}

test('satisfies: reads the range forms package-lock.json uses', () => {
  assert.ok(satisfies([20, 0, 0], '>=20'));
  assert.ok(!satisfies([20, 0, 0], '>=20.19.0'));
  assert.ok(satisfies([22, 13, 0], '^20.19.0 || ^22.13.0 || >=24'));
  assert.ok(!satisfies([23, 1, 0], '^20.19.0 || ^22.13.0 || >=24'));
  assert.ok(satisfies([24, 0, 0], '20.x || 22.x || 24.x'));
  assert.ok(!satisfies([27, 0, 0], '20.x || 22.x || 24.x || 25.x || 26.x'));
  assert.ok(satisfies([20, 5, 0], '18 || 20 || >=22'));
  assert.ok(satisfies([16, 0, 0], '>= 10.x'));
  assert.ok(satisfies([14, 17, 0], '>=16 || 14 >=14.17'));
  assert.ok(!satisfies([14, 16, 0], '>=16 || 14 >=14.17'));
  assert.ok(satisfies([20, 0, 0], '*'));
});

test('every package in package-lock.json admits every LTS Node version package.json promises (issue 15)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, { engines?: unknown; version?: string }> };
  // The even (long-term support) lines from 20 on, each minor up to .30: enough to meet every
  // lower bound a dependency names.
  const promised: Version[] = [];
  for (const major of [20, 22, 24]) for (let minor = 0; minor <= 30; minor++) if (satisfies([major, minor, 0], pkg.engines.node)) promised.push([major, minor, 0]);
  assert.ok(promised.length > 0, `package.json engines.node ${pkg.engines.node} admits no LTS line`);
  const rejecting: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const node = entry.engines && typeof entry.engines === 'object' && !Array.isArray(entry.engines) ? (entry.engines as { node?: string }).node : undefined;
    if (!path || !node) continue;
    const first = promised.find((v) => !satisfies(v, node));
    if (first) rejecting.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${node}, not ${first.join('.')}`);
  }
  assert.deepEqual(rejecting, [], `package.json promises node ${pkg.engines.node}`);
});
