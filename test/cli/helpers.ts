import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs `dateline ARGS...` in-process with captured output. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out = new Capture();
  const err = new Capture();
  const code = await main(['node', 'dateline', ...args], { out, err });
  return { code, out: out.text, err: err.text };
}

/** Runs `dateline ARGS...` in-process with `input` as its standard input. */
export async function runWithStdin(input: string, ...args: string[]): Promise<CliRun> {
  const out = new Capture();
  const err = new Capture();
  const code = await main(['node', 'dateline', ...args], { in: Readable.from([input]), out, err });
  return { code, out: out.text, err: err.text };
}

/** A fresh database path in a new temp folder. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'dateline-cli-')), 'test.db');
}

/** Path of a file under test/fixtures/. */
export function fixture(...parts: string[]): string {
  return new URL(`../fixtures/${parts.join('/')}`, import.meta.url).pathname;
}
