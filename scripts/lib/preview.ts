/**
 * Starts `astro preview` over the built site for a command-line tool and stops it afterwards.
 * Throws when there is no build in dist/ or the server does not answer within 20 s.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Preview {
  origin: string;
  stop(): void;
}

export async function startPreview(port: number): Promise<Preview> {
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run npm run build first.');
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      // already stopped
    }
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`the preview server did not answer on ${origin}`);
}
