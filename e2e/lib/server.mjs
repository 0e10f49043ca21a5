// Starts the leeratelier binary on a free port with a fresh data folder and demo content.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

export async function startServer() {
  const binary = process.env.LEERATELIER_BIN ?? resolve(here, '../../target/debug/leeratelier');
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'leeratelier-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(binary, ['--bind', `127.0.0.1:${port}`, '--data-dir', dataDir, '--base-url', baseUrl], {
    env: { ...process.env, LEERATELIER_DEMO: 'true', RUST_LOG: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return {
    baseUrl,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
