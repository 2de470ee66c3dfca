import type { Command } from 'commander';
import type { Io } from './io.js';

type Run = (fn: (opts: Record<string, unknown>) => Promise<number>) => (...args: unknown[]) => Promise<void>;
type With1 = (fn: (arg: string, opts: Record<string, unknown>) => Promise<number>) => (arg: string, ...rest: unknown[]) => Promise<void>;

const load = () => import('./commands/matters.commands.js');
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ chancery matters ${l}`).join('\n')}\n`;
const STEPS = ['reply', 'close', 'start', 'holding-reply', 'reopen', 'withdraw'] as const;

/** `chancery matters …`: the matters desk (decision 023). Each acts as an account named by `--as`. */
export const addMattersCommands = (program: Command, io: Io, run: Run, with1: With1): void => {
  const matters = program.command('matters').description('the matters desk: register what reaches an organization, route it, track it to a reply');
  const as = (c: Command) => c.requiredOption('--as <user>', 'the account acting (its desk roles on the day decide what it may do)').option('--now <instant>', 'the clock, an ISO instant (default now)');
  as(matters.command('register'))
    .description('register a matter: routed on its received date to the unit responsible, or to triage')
    .option('--org <organization>', 'the organization addressed (default: the government as a whole)')
    .option('--kind <kind>', 'note-verbale | letter | consular-case | treaty-text | request-for-information | other, or another word')
    .option('--sender <name>', 'who sent it').option('--sender-ref <ref>', 'the sender in the registry: subject:Sweden, organization:mfa, person:<id>')
    .option('--subject <name>', 'a country, regional body or function (repeatable; the first decides the lead unit)', collect)
    .option('--received <date>', 'YYYY-MM-DD').option('--language <tag>', 'en, ko, …').option('--title <text>', 'a title').option('--summary <text>', 'a summary (bounded)')
    .option('--classification <c>', 'public | restricted | confidential (default restricted)')
    .addHelpText('after', examples('register --as clerk --org mfa --kind note-verbale --sender "Embassy of Sweden" --subject Sweden --received 2010-03-01 --title "Trade delegation"'))
    .action(run(async (o) => (await load()).mattersRegisterCommand(o, io)));
  as(matters.command('list'))
    .description('a queue by due day, most overdue first: your units\', a unit\'s (--unit) or triage (--triage)')
    .option('--unit <unit>', 'a unit').option('--triage', 'matters no unit leads yet').option('--all', 'include replied, closed and withdrawn')
    .option('--on <date>', 'judge deadlines on this day').option('--after <cursor>', 'the next page').option('--limit <n>', 'page size (default 50)')
    .action(run(async (o) => (await load()).mattersListCommand(o, io)));
  as(matters.command('show <matter>')).description('a matter (reference or id), its deadline and history').action(with1(async (ref, o) => (await load()).mattersShowCommand(ref, o, io)));
  for (const [name, what] of [['assign', 'assign (from triage) or reassign to a unit'], ['transfer', 'transfer to another unit; it waits there to be accepted']] as const) {
    as(matters.command(`${name} <matter>`)).description(what).requiredOption('--unit <unit>', 'the unit').requiredOption('--reason <text>', 'why')
      .option('--if-match <version>', 'the version you read (default: the current one)')
      .action(with1(async (ref, o) => (name === 'assign' ? (await load()).mattersAssignCommand(ref, o, io) : (await load()).mattersTransferCommand(ref, o, io))));
  }
  as(matters.command('accept <matter>')).description('accept a transferred matter: its clock starts again the day after').option('--reason <text>', 'a note')
    .option('--if-match <version>', 'the version you read').action(with1(async (ref, o) => (await load()).mattersAcceptCommand(ref, o, io)));
  for (const step of STEPS) {
    as(matters.command(`${step} <matter>`)).description(`workflow: ${step}`).option('--reason <text>', 'why (needed to reopen or withdraw)')
      .option('--if-match <version>', 'the version you read').action(with1(async (ref, o) => (await load()).mattersStepCommand(ref, step, o, io)));
  }
  as(matters.command('report'))
    .description('per unit and period: received, replied, share within target, median working days, overdue, transferred in and out')
    .option('--scope <unit>', 'a unit or organization and the units under it (default: yours)').option('--from <date>', 'YYYY-MM-DD').option('--to <date>', 'YYYY-MM-DD')
    .option('--on <date>', 'overdue on this day (default today)').option('--format <format>', 'table | json | csv (default table)')
    .addHelpText('after', examples('report --as supervisor --scope mfa --from 2010-01-01 --to 2010-12-31 --format csv'))
    .action(run(async (o) => (await load()).mattersReportCommand(o, io)));
  as(matters.command('member <user>')).description('give an account a desk role, in a unit, from a day (admins)')
    .option('--role <role>', 'clerk | desk-officer | supervisor | auditor | admin').option('--unit <unit>', 'the unit').option('--from <date>', 'YYYY-MM-DD (default today)').option('--to <date>', 'YYYY-MM-DD')
    .action(with1(async (user, o) => (await load()).mattersMemberCommand(user, o, io)));
  as(matters.command('settings')).description('an organization\'s desk settings (admins): calendar, targets per kind, what reorganizations do')
    .option('--org <organization>', 'the organization (* or none: the government as a whole)').option('--calendar <code>', 'a country code (KP bundled; others from date-holidays) or weekends')
    .option('--target <kind=days>', 'working days for a kind, * for the default (repeatable)', collect).option('--on-reorganization <mode>', 'transfer | propose')
    .action(run(async (o) => (await load()).mattersSettingsCommand(o, io)));
  as(matters.command('export')).description('every matter as JSON Lines or CSV (auditors and admins)').option('--format <format>', 'jsonl | csv (default jsonl)')
    .option('--out <file>', 'file to write (default: standard output)').action(run(async (o) => (await load()).mattersExportCommand(o, io)));
  as(matters.command('import <file>')).description('import matters from JSON Lines or CSV (admins); a report per record').option('--format <format>', 'jsonl | csv (default: by extension)')
    .action(with1(async (file, o) => (await load()).mattersImportCommand(file, o, io)));
  as(matters.command('follow')).description('move open matters whose subject another unit now handles (admins)').option('--on <date>', 'the day to route on (default today)')
    .action(run(async (o) => (await load()).mattersFollowCommand(o, io)));
};
