import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/** The address a `chancery serve --port 0` child says it listens on, and what it has written to stderr so far. */
export const servedAddress = (child: ChildProcessWithoutNullStreams, dialect = 'sqlite'): Promise<{ address: string; stderr: () => string }> => {
  let stderr = '';
  return new Promise((ok, fail) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = new RegExp(`serving ${dialect} on (http://[\\d.:]+)`).exec(stderr);
      if (m) ok({ address: m[1]!, stderr: () => stderr });
    });
    child.on('exit', (code) => fail(new Error(`chancery serve exited ${code}: ${stderr}`)));
  });
};
