/**
 * What the browser tests share: a real database built by the real CLI, the real server
 * (`dateline serve --port 0`) and Debian's Chromium driven by playwright-core.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dateline.js');
const CHROMIUM = '/usr/bin/chromium';

/**
 * Where {@link screenshot} writes: `DATELINE_SCREENSHOTS` when set (`npm run screenshots` sets it to
 * docs/screenshots/ to refresh the documented ones), else a folder under the system's temp
 * directory, so running the tests never changes a tracked file.
 *
 * @example
 * screenshotDir({}); // "/tmp/dateline-screenshots-1000"
 * screenshotDir({ DATELINE_SCREENSHOTS: 'docs/screenshots' }); // "<repo>/docs/screenshots"
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.DATELINE_SCREENSHOTS?.trim();
  return chosen ? resolve(ROOT, chosen) : join(tmpdir(), `dateline-screenshots-${userInfo().uid}`);
}

/** A distinctive word of the hostile article, so a search finds only it. */
export const XSS_WORD = 'quillfeather';
/** The hostile article's title: markup that must show as text and never run. */
export const XSS_TITLE = `Quillfeather talks <script>window.__xss=1</script> <img src=x onerror="window.__xss=1">`;
const XSS_TEXT =
  `Russia warned Ukraine on Tuesday <script>window.__xss=1</script> that the quillfeather talks would fail. ` +
  `The Kremlin said <img src=x onerror="window.__xss=1"> it rejected the proposal from Kyiv.`;

/** A distinctive word of an article without a title (wire text), so a search finds only it. */
export const UNTITLED_WORD = 'marblewing';
/** That article's text: lists call it by its lead's first words. */
export const UNTITLED_TEXT =
  `KYIV, Jan 6 (Wire) - Ukraine asked Germany on Thursday for ${UNTITLED_WORD} helmets and more support before the talks. ` +
  'Berlin said it would answer soon.';
/** The title lists show for it. */
export const UNTITLED_LEAD = 'Ukraine asked Germany on Thursday for marblewing helmets and more…';

/**
 * Why the browser tests cannot run here, or null when they can.
 *
 * @example
 * describe('web UI', { skip: skipReason() ?? false }, () => { ... });
 */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`;
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) return 'browser tests skipped: web/dist/index.html missing (run npm run build:web)';
  return null;
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  if (result.status !== 0) throw new Error(`dateline ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
}

/** A temp folder with the example database plus our hostile article. */
export interface TestData {
  dir: string;
  db: string;
  cleanup: () => void;
}

/**
 * Builds `ui.db` with `dateline demo` (the example articles) and ingests the hostile article.
 *
 * @example
 * const data = buildDatabase(); after(data.cleanup);
 */
export function buildDatabase(): TestData {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-web-'));
  const db = join(dir, 'ui.db');
  run(['demo', '--db', db]);
  const file = join(dir, 'hostile.jsonl');
  writeFileSync(file, `${JSON.stringify({ date: '2022-01-05', title: XSS_TITLE, source: 'Test <b>source</b>', text: XSS_TEXT })}\n${JSON.stringify({ date: '2022-01-06', text: UNTITLED_TEXT })}\n`);
  run(['ingest', file, '--date', '2022-01-05', '--db', db]);
  return { dir, db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The running server. */
export interface Server {
  /** Base URL with a trailing slash. */
  url: string;
  stop: () => Promise<void>;
}

/**
 * Spawns `dateline serve --db FILE --port 0` and reads its URL from the line it prints.
 *
 * @example
 * const server = await startServer(data.db); after(server.stop);
 */
export function startServer(db: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Dateline serving .* on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`dateline serve exited ${code} before listening: ${output}`)));
  });
}

/**
 * Launches headless Chromium with no network of its own (no updates, no sync, no QUIC).
 *
 * @example
 * const browser = await launchBrowser(); after(() => browser.close());
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Records every console error and uncaught page error of a page into `sink`.
 *
 * @example
 * const problems: string[] = []; watchErrors(page, problems);
 */
export function watchErrors(page: Page, sink: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') sink.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => sink.push(`page error on ${page.url()}: ${error.message}`));
}

/**
 * Waits until the app has rendered the view for the current hash (the shell sets `data-route` on
 * <main> once the new content is in), so a check never reads the previous view.
 *
 * @example
 * await page.goto(`${server.url}#/map`); await settled(page, 'map');
 */
export async function settled(page: Page, view?: string): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main?.dataset.route === location.hash && !main.hasAttribute('aria-busy');
  });
  if (view) await page.locator(`main > .view.${view}`).waitFor();
}

/**
 * Saves a screenshot of the viewport to {@link screenshotDir}/NAME.png: a temp folder during tests,
 * docs/screenshots/ (embedded in docs/ui.md) under `npm run screenshots`.
 *
 * @example
 * await screenshot(page, 'timeline');
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = screenshotDir();
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/**
 * GETs an /api/ route from the test process (to know what the page should show).
 *
 * @example
 * const stats = await api<{ events: number }>(server.url, 'api/stats');
 */
export async function api<T>(base: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}
