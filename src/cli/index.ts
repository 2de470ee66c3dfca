import { processIo } from './io.js';
import { main } from './main.js';

// A reader that stops early (`chancery chart mfa | head -3`) closes the pipe: that ends the command quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    // The only place the process exits.
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
