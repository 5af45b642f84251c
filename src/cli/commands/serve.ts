import type { Command } from 'commander';
import { DatelineError, type Pipeline, type Store } from '../../index.ts';
import { createServer } from '../../api/server.ts';
import { parseCount, withStore, withWritableStore, type Io } from '../context.ts';

/** The serving options `serve` and `demo --serve` share. */
export interface ServeFlags {
  host?: string;
  port?: string;
  token?: string;
  /** `--allowed-host`, each value a name or a comma list. */
  allowedHost?: string[];
}

/** Default `--host`: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';
/** Default `--port`. */
export const DEFAULT_PORT = 8080;

/**
 * Adds `--host`, `--port`, `--token` and `--allowed-host` to a command.
 *
 * @example
 * serveOptions(program.command('serve'));
 */
export function serveOptions(command: Command): Command {
  return command
    .option('--host <host>', `address to listen on; anything but loopback needs a token (default ${DEFAULT_HOST})`)
    .option('--port <n>', `port; 0 picks a free one (default ${DEFAULT_PORT})`)
    .option('--token <token>', 'bearer token POST requests must carry (default: $DATELINE_TOKEN)')
    .option('--allowed-host <names>', 'a host name requests may use besides IP addresses, localhost and --host, e.g. a proxy\'s public name; repeatable or a comma list (default: $DATELINE_ALLOWED_HOSTS)',
      (value: string, previous: string[] = []) => [...previous, value]);
}

/**
 * The extra host names to serve: `--allowed-host` values, else `DATELINE_ALLOWED_HOSTS`; each a
 * comma list.
 *
 * @example
 * allowedHosts(['a.example,b.example']); // ['a.example', 'b.example']
 */
export function allowedHosts(flag: readonly string[] | undefined, env = process.env.DATELINE_ALLOWED_HOSTS): string[] {
  return (flag ?? [env ?? '']).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * Serves `store` until SIGINT or SIGTERM, then closes the server (the caller closes the store).
 * Prints exactly one line once listening: `Dateline serving <db> on http://<host>:<port>/`.
 *
 * @param store - The open store.
 * @param flags - Host, port and token as given on the command line.
 * @param io - Where the line goes.
 * @param pipeline - The pipeline for uploads when the caller has one already; else built on the first upload.
 * @throws DatelineError `E_SERVE_NO_TOKEN` for a public host without a token; `E_SERVE_LISTEN`
 *   when the port is taken or the host is not an address of this machine.
 * @example
 * await withStore(flags.db, (store) => serveStore(store, flags, io));
 */
export async function serveStore(store: Store, flags: ServeFlags, io: Io, pipeline?: Pipeline): Promise<void> {
  const host = flags.host ?? DEFAULT_HOST;
  const port = flags.port === undefined ? DEFAULT_PORT : parseCount(flags.port, '--port');
  if (port > 65535) throw new DatelineError('E_USAGE', { detail: `--port must be from 0 to 65535, got ${port}` });
  const app = await createServer({
    store, host, token: flags.token ?? process.env.DATELINE_TOKEN, allowedHosts: allowedHosts(flags.allowedHost), ...(pipeline ? { pipeline: () => pipeline } : {}),
  });
  // Signals are heard from before the printed line: a client may read it and signal at once.
  const stop = stopSignal();
  try {
    await app.listen({ host, port });
  } catch (cause) {
    stop.cancel();
    await app.close();
    const detail = (cause as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : (cause as Error).message;
    throw new DatelineError('E_SERVE_LISTEN', { host, port, detail }, {}, { cause });
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  io.out.write(`Dateline serving ${store.file} on http://${shownHost}:${bound}/\n`);
  await stop.signalled;
  await app.close();
}

/** Resolves on the first SIGINT or SIGTERM (which then no longer end the process); `cancel` stops listening for them. */
function stopSignal(): { signalled: Promise<void>; cancel: () => void } {
  let cancel = (): void => {};
  const signalled = new Promise<void>((done) => {
    const stop = (): void => {
      cancel();
      done();
    };
    cancel = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { signalled, cancel };
}

/** `dateline serve`: the JSON API and the web UI over one database. */
export function registerServe(program: Command, io: Io): void {
  serveOptions(program
    .command('serve')
    .description('serve the JSON API (/api/) and the web UI (/) over the store until interrupted')
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db); it must exist')
    .option('--read-only', 'open the store read-only: no uploads, no schema upgrade (the default for a file this user cannot write)'))
    .addHelpText('after', `
The store is opened for writing (uploads are on, the schema is upgraded) unless --read-only is given
or the file cannot be written. A missing file is an error (exit 3): dateline ingest creates stores.

Examples:
  dateline serve                          http://127.0.0.1:8080/
  dateline serve --port 0                 a free port; the line printed says which
  dateline serve --db archive.db --read-only
  DATELINE_TOKEN=s3cret dateline serve --host 0.0.0.0   reachable from the network; POST needs the token
  dateline serve --allowed-host dateline.example.org      behind a proxy that serves it under that name

See docs/api.md for the routes, docs/security.md for who can reach them.`)
    .action(async (flags: ServeFlags & { db?: string; readOnly?: boolean }) => {
      if (flags.readOnly) return withStore(flags.db, (store) => serveStore(store, flags, io));
      try {
        await withWritableStore(flags.db, { create: false }, (store) => serveStore(store, flags, io));
      } catch (error) {
        if (!(error instanceof DatelineError && error.code === 'E_STORE_READ_ONLY')) throw error;
        io.err.write(`dateline: ${error.message}\ndateline: serving it read-only, without uploads\n`);
        await withStore(flags.db, (store) => serveStore(store, flags, io));
      }
    });
}
