import { Command } from 'commander';
import { VERSION } from '../version.js';
import type { Io } from './io.js';
import { addMattersCommands } from './matters-program.js';

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
  listing: () => import('./commands/listing.commands.js'),
  serve: () => import('./commands/serve.command.js'),
  users: () => import('./commands/users.commands.js'),
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const DATE = 'a date: 2010-03-01, 2010/3/1, "1 March 2010", "March 2010", 2010, "2010년 3월 1일" or today';

/** Examples under each command's help: the questions people ask, as they would type them. */
const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ chancery ${l}`).join('\n')}\n`;

/** The command line: flags only; every action hands its arguments to a command function and records its exit code. */
export const buildProgram = (io: Io, setExit: (code: number) => void): Command => {
  const program = new Command('chancery')
    .description('A temporal registry of government organizations: who held which post, which unit handled what, on any date, with sources.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--db <location>', 'SQLite file or postgres:// URL (default: $CHANCERY_DB or ./chancery.db)')
    .option('--json', 'print JSON (shapes in docs/cli.md)')
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const run = (fn: (opts: Record<string, unknown>) => Promise<number>) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    setExit(await fn(cmd.optsWithGlobals()));
  };
  const with1 = (fn: (arg: string, opts: Record<string, unknown>) => Promise<number>) => (arg: string, ...rest: unknown[]) => run((o) => fn(arg, o))(...rest);

  program
    .command('init')
    .description('create the database and load the bundled dataset; running it again changes nothing')
    .option('--create-db', 'create the PostgreSQL database named by --db if it does not exist')
    .addHelpText('after', examples('init', 'init --db postgres://me@localhost/chancery --create-db'))
    .action(run(async (o) => (await commands.data()).initCommand(o, io)));
  program
    .command('import <file>')
    .description('import an article (.txt), a dataset (.json), JSON Lines, Popolo, a CSV folder, or POCOM, IfG and Wikidata folders; re-importing changes nothing')
    .option('--format <format>', 'article | dataset | jsonl | popolo | everypolitician | csv | pocom | ifg | wikidata-csv (default: by extension or folder)')
    .option('--source <id>', 'id of the source an article stands for')
    .addHelpText('after', examples('import my-ministry.article.txt', 'import registry.jsonl --db postgres://me@localhost/chancery', 'import ../shared/data/pocom --format pocom', 'import parliament.json --format popolo'))
    .action(with1(async (file, o) => (await commands.data()).importCommand(file, o, io)));
  program
    .command('export')
    .description('export the registry as JSON Lines, a folder of CSV files or Popolo JSON; each imports back unchanged')
    .option('--format <format>', 'jsonl | csv | popolo (default jsonl)')
    .option('--out <path>', 'file (or, for csv, folder) to write; default: standard output')
    .option('--at <date>', 'only what may hold on this date')
    .addHelpText('after', examples('export --out registry.jsonl', 'export --format popolo --out registry.popolo.json', 'export --format csv --out registry-csv/ --at 2010-03-01'))
    .action(run(async (o) => (await commands.data()).exportCommand(o, io)));
  program
    .command('who [post]')
    .description('holders of a post on a date (default: today); with --area, who represented an area (a constituency, a region)')
    .option('--at <date>', DATE)
    .option('--area <area>', 'instead of a post: the holders of every post for this area (or country) on the date')
    .addHelpText('after', examples('who "Minister of Foreign Affairs" --at 2010-03-01', 'who "Foreign Minister" --at "March 2010"', 'who 외무상', 'who Premier --at today --json', 'who --area "Dublin Central" --at 2012-06-01'))
    .action(with1(async (post, o) => (await commands.who()).whoCommand(post, o, io)));
  program
    .command('holders <post>')
    .description('the office-holder table of a post, with related posts during each term')
    .option('--with <post>', 'another post to show during each term (repeatable)', collect)
    .addHelpText('after', examples('holders "Minister of Foreign Affairs"', 'holders Premier --with "Head of state"'))
    .action(with1(async (post, o) => (await commands.holders()).holdersCommand(post, o, io)));
  program
    .command('chart <organization>')
    .description('units, posts, holders and responsibilities of an organization on a date (default: today)')
    .option('--at <date>', DATE)
    .addHelpText('after', examples('chart mfa --at 2010-03-01', 'chart "Ministry of Foreign Affairs (North Korea)" --json'))
    .action(with1(async (org, o) => (await commands.chart()).chartCommand(org, o, io)));
  program
    .command('route <subject>')
    .description('who handles a country (any name, ISO code, Korean or French name…), a regional body or a function on a date (default: today)')
    .option('--at <date>', DATE)
    .option('--org <organization>', 'only units of this organization')
    .addHelpText('after', examples('route Sweden --at 2010-03-01', 'route Suède', 'route "South Korea" --at 2025-01-01 --org mfa', 'route ASEAN'))
    .action(with1(async (subject, o) => (await commands.route()).routeCommand(subject, o, io)));
  program
    .command('diff <organization>')
    .description('what changed between two dates, or during a period: units, responsibilities, holders, events')
    .option('--from <date>', 'the earlier date (a year or month stands for its first day)')
    .option('--to <date>', 'the later date')
    .option('--in <period>', 'instead of --from/--to: the changes during a year, month or day')
    .addHelpText('after', examples('diff mfa --in 2024', 'diff mfa --from 2019-01-01 --to 2025-01-01'))
    .action(with1(async (org, o) => (await commands.structure()).diffCommand(org, o, io)));
  program
    .command('record <kind>')
    .description('record a structural event (establish, transfer, rename, merge, split, re-parent, abolish) and apply it from its date on')
    .requiredOption('--date <date>', 'when it took effect')
    .requiredOption('--source <id>', 'the id of a stored source that reports it (chancery sources lists them)')
    .option('--description <text>', 'what happened, in words')
    .option('--subject <subject>', 'transfer: the country, body or function')
    .option('--unit <unit>', 'the unit concerned (repeat for merge)', collect)
    .option('--from <unit>', 'transfer: the unit giving it up')
    .option('--to <unit>', 'transfer: the receiving unit; merge: the unit merged into')
    .option('--name <name>', 'establish, rename, merge into a new unit: the name')
    .option('--parent <unit>', 'establish, re-parent: the parent')
    .option('--part <name=subjects>', 'split: a new unit and its subjects (repeatable)', collect)
    .addHelpText('after', examples(
      'record rename --unit "Protocol Department" --name "Department of Protocol" --date 2026-01 --source chancery-curation',
      'record transfer --subject Mongolia --from "Asia Affairs Department 2" --to "Asia Affairs Department 1" --date 2025 --source <id>',
    ))
    .action(with1(async (kind, o) => (await commands.structure()).recordCommand(kind, o, io)));
  program
    .command('search <text>')
    .description('people, units, posts, countries, regional bodies and functions by any name or part of one, in Hangul or Latin letters, best first')
    .option('--kind <kind>', 'person | unit | post | country | body | function')
    .option('--limit <n>', 'at most this many results (default 20)')
    .addHelpText('after', examples('search Choe', 'search 최선희', 'search "Consular Affairs"', 'search Kim --kind person --limit 5'))
    .action(with1(async (text, o) => (await commands.people()).searchCommand(text, o, io)));
  program
    .command('person <name>')
    .description("a person's career: posts, accreditations and names, with sources (with --at: on that date)")
    .option('--at <date>', DATE)
    .addHelpText('after', examples('person "Choe Son-hui"', 'person 김영남 --at 1990'))
    .action(with1(async (name, o) => (await commands.people()).personCommand(name, o, io)));
  const people = program.command('people').description('the people recorded: list them; merge two records of one person, or split them again');
  people
    .command('list')
    .description('people by id, a page at a time')
    .option('--limit <n>', 'how many (default 100)')
    .option('--offset <n>', 'how many to skip')
    .addHelpText('after', examples('people list --limit 20'))
    .action(run(async (o) => (await commands.listing()).peopleListCommand(o, io)));
  people
    .command('merge <kept> <merged>')
    .description('merge the second person into the first, on a source; recorded, and undone by split')
    .requiredOption('--source <id>', 'the id of the source that says they are one person')
    .addHelpText('after', examples('people merge choe-son-hui choi-sun-hee --source chancery-curation'))
    .action((kept: string, merged: string, ...rest: unknown[]) => run(async (o) => (await commands.people()).mergeCommand(kept, merged, o, io))(...rest));
  people
    .command('split <merged>')
    .description('undo the merge of this person (the one merged away)')
    .action(with1(async (merged, o) => (await commands.people()).splitCommand(merged, o, io)));
  const sources = program.command('sources').description('the sources facts rest on (the ids record --source and writes cite)');
  sources
    .command('list', { isDefault: true })
    .description('sources by id, a page at a time')
    .option('--limit <n>', 'how many (default 100)')
    .option('--offset <n>', 'how many to skip')
    .addHelpText('after', examples('sources', 'sources show wikipedia-mfa-dprk'))
    .action(run(async (o) => (await commands.listing()).sourcesListCommand(o, io)));
  sources
    .command('show <id>')
    .description('one source: title, address, publisher, dates, license, note')
    .action(with1(async (id, o) => (await commands.listing()).sourcesShowCommand(id, o, io)));
  sources
    .command('set-coverage <id> <date>')
    .description("set or correct the last day a source speaks for (its open terms are certain up to it); 'none' removes a correction")
    .addHelpText('after', examples('sources set-coverage pocom 2020-06-30'))
    .action((id: string, date: string, ...rest: unknown[]) => run(async (o) => (await commands.listing()).sourcesSetCoverageCommand(id, date, o, io))(...rest));
  program
    .command('serve')
    .description('serve the HTTP API (docs at /docs, OpenAPI at /openapi.json) until interrupted')
    .option('--port <port>', 'port (default 8080; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--write-origin <origin>', 'a browser origin allowed to write (repeatable; reads are open to all)', collect)
    .option('--reads-per-minute <n>', 'requests per client (account or address) per minute (default 1200; 0: no limit)')
    .option('--no-memory', 'answer from the database alone: no in-memory copy of the hot tables (about 0.5 KB a row)')
    .addHelpText('after', examples('serve', 'serve --port 8080 --host 0.0.0.0 --db postgres://me@localhost/chancery'))
    .action(run(async (o) => (await commands.serve()).serveCommand(o, io)));
  const users = program.command('users').description('API accounts: editors write data, admins manage users');
  users
    .command('add <name>')
    .description('create an account and print its token (once)')
    .option('--role <role>', 'reader | editor | admin (default editor)')
    .addHelpText('after', examples('users add alice --role editor'))
    .action(with1(async (name, o) => (await commands.users()).usersAddCommand(name, o, io)));
  users.command('list').description('list accounts').action(run(async (o) => (await commands.users()).usersListCommand(o, io)));
  users
    .command('revoke <name>')
    .description('revoke every token of an account')
    .action(with1(async (name, o) => (await commands.users()).usersRevokeCommand(name, o, io)));
  program
    .command('check')
    .description('data checks; exits 1 when a finding is an error')
    .addHelpText('after', examples('check', 'check --json'))
    .action(run(async (o) => (await commands.check()).checkCommand(o, io)));
  addMattersCommands(program, io, run, with1);
  return program;
};
