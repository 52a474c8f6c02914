/**
 * `node tests/e2e/serve.ts <dir> <port>`: serves a built site folder on 127.0.0.1 for Playwright's
 * webServer (the imported-handbook build), until stopped.
 */
import { serveStaticOn } from '../../scripts/lib/static-server.ts';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  console.error('usage: node tests/e2e/serve.ts <dir> <port>');
  process.exit(2);
}
const server = await serveStaticOn(dir, '/', Number(port));
console.log(`serving ${dir} on ${server.origin}`);
