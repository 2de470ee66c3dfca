import { Command } from 'commander';
import type { Io } from './io.js';

/** Each command's module, loaded when it runs: `--help` loads none, `who` no HTTP stack. */
const commands = {
  data: () => import('./commands/data.commands.js'),
  who: () => import('./commands/who.command.js'),
  holders: () => import('./commands/holders.command.js'),
  chart: () => import('./commands/chart.command.js'),
  check: () => import('./commands/check.command.js'),
  route: () => import('./commands/route.command.js'),
  structure: () => import('./commands/structure.commands.js'),
  people: () => import('./commands/people.commands.js'),
  serve: () => import('./commands/serve.command.js'),
  users: () => import('./commands/users.commands.js'),
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The command line: flags only; every action hands its arguments to a command function and records its exit code. */
export const buildProgram = (io: Io, setExit: (code: number) => void): Command => {
  const program = new Command('chancery')
    .description('A temporal registry of government organizations: who held which post, which unit handled what, on any date, with sources.')
    .option('--db <location>', 'SQLite file or postgres:// URL (default: $CHANCERY_DB or ./chancery.db)')
    .option('--json', 'print JSON (shapes in docs/cli.md)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const run = (fn: (opts: Record<string, unknown>) => Promise<number>) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    setExit(await fn(cmd.optsWithGlobals()));
  };

  program.command('init').description('create the database and load the bundled dataset').action(run(async (o) => (await commands.data()).initCommand(o, io)));
  program
    .command('import <file>')
    .description('import an article (.txt) or a Chancery dataset (.json); re-importing changes nothing')
    .option('--format <format>', 'article | dataset (default: by extension)')
    .option('--source <id>', 'id of the source the file stands for')
    .action((file: string, ...rest: unknown[]) => run(async (o) => (await commands.data()).importCommand(file, o, io))(...rest));
  program
    .command('who <post>')
    .description('holders of a post on a date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .requiredOption('--at <date>', 'the date')
    .action((post: string, ...rest: unknown[]) => run(async (o) => (await commands.who()).whoCommand(post, o, io))(...rest));
  program
    .command('holders <post>')
    .description('the office-holder table of a post, with related posts during each term')
    .option('--with <post>', 'another post to show during each term (repeatable)', collect)
    .action((post: string, ...rest: unknown[]) => run(async (o) => (await commands.holders()).holdersCommand(post, o, io))(...rest));
  program
    .command('chart <organization>')
    .description('units, posts, holders and responsibilities of an organization on a date (default: today)')
    .option('--at <date>', 'the date')
    .action((org: string, ...rest: unknown[]) => run(async (o) => (await commands.chart()).chartCommand(org, o, io))(...rest));
  program
    .command('route <subject>')
    .description('who handles a country (name, ISO code, Korean name), a regional body or a function on a date (default: today)')
    .option('--at <date>', 'the date')
    .option('--org <organization>', 'only units of this organization')
    .action((subject: string, ...rest: unknown[]) => run(async (o) => (await commands.route()).routeCommand(subject, o, io))(...rest));
  program
    .command('diff <organization>')
    .description('what changed between two dates: units, responsibilities, holders, events')
    .requiredOption('--from <date>', 'the earlier date')
    .requiredOption('--to <date>', 'the later date')
    .action((org: string, ...rest: unknown[]) => run(async (o) => (await commands.structure()).diffCommand(org, o, io))(...rest));
  program
    .command('record <kind>')
    .description('record a structural event (establish, transfer, rename, merge, split, re-parent, abolish) and apply it from its date on')
    .requiredOption('--date <date>', 'when it took effect')
    .requiredOption('--source <id>', 'the id of a stored source that reports it')
    .option('--description <text>', 'what happened, in words')
    .option('--subject <subject>', 'transfer: the country, body or function')
    .option('--unit <unit>', 'the unit concerned (repeat for merge)', collect)
    .option('--from <unit>', 'transfer: the unit giving it up')
    .option('--to <unit>', 'transfer: the receiving unit; merge: the unit merged into')
    .option('--name <name>', 'establish, rename, merge into a new unit: the name')
    .option('--parent <unit>', 'establish, re-parent: the parent')
    .option('--part <name=subjects>', 'split: a new unit and its subjects (repeatable)', collect)
    .action((kind: string, ...rest: unknown[]) => run(async (o) => (await commands.structure()).recordCommand(kind, o, io))(...rest));
  program
    .command('search <text>')
    .description('people, units, posts and countries by any name, in Hangul or Latin letters, best first')
    .option('--kind <kind>', 'person | unit | post | country')
    .option('--limit <n>', 'at most this many results (default 20)')
    .action((text: string, ...rest: unknown[]) => run(async (o) => (await commands.people()).searchCommand(text, o, io))(...rest));
  program
    .command('person <name>')
    .description("a person's career: posts, accreditations and names, with sources (with --at: on that date)")
    .option('--at <date>', 'the date')
    .action((name: string, ...rest: unknown[]) => run(async (o) => (await commands.people()).personCommand(name, o, io))(...rest));
  const people = program.command('people').description('identity of people: merge two records of one person, or split them again');
  people
    .command('merge <kept> <merged>')
    .description('merge the second person into the first, on a source; recorded, and undone by split')
    .requiredOption('--source <id>', 'the id of the source that says they are one person')
    .action((kept: string, merged: string, ...rest: unknown[]) => run(async (o) => (await commands.people()).mergeCommand(kept, merged, o, io))(...rest));
  people
    .command('split <merged>')
    .description('undo the merge of this person (the one merged away)')
    .action((merged: string, ...rest: unknown[]) => run(async (o) => (await commands.people()).splitCommand(merged, o, io))(...rest));
  program
    .command('serve')
    .description('serve the HTTP API (docs at /docs, OpenAPI at /openapi.json) until interrupted')
    .option('--port <port>', 'port (default 8080; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--write-origin <origin>', 'a browser origin allowed to write (repeatable; reads are open to all)', collect)
    .option('--reads-per-minute <n>', 'requests per client (account or address) per minute (default 1200; 0: no limit)')
    .option('--no-memory', 'answer from the database alone: no in-memory copy of the hot tables (about 0.5 KB a row)')
    .action(run(async (o) => (await commands.serve()).serveCommand(o, io)));
  const users = program.command('users').description('API accounts: editors write data, admins manage users');
  users
    .command('add <name>')
    .description('create an account and print its token (once)')
    .option('--role <role>', 'reader | editor | admin (default editor)')
    .action((name: string, ...rest: unknown[]) => run(async (o) => (await commands.users()).usersAddCommand(name, o, io))(...rest));
  users.command('list').description('list accounts').action(run(async (o) => (await commands.users()).usersListCommand(o, io)));
  users
    .command('revoke <name>')
    .description("revoke every token of an account")
    .action((name: string, ...rest: unknown[]) => run(async (o) => (await commands.users()).usersRevokeCommand(name, o, io))(...rest));
  program.command('check').description('data checks; exits 1 when a finding is an error').action(run(async (o) => (await commands.check()).checkCommand(o, io)));
  return program;
};
