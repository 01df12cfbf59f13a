// The `murmur` command: dispatches to a subcommand; bad input exits 2 with one line per problem, no stack trace.
import { InputError, formatProblem } from '../engine/problem';
import { runCommand, runHelp } from './commands/run';
import { graphCommand, graphDetails, graphHelp } from './commands/graph';
import { validateCommand, validateHelp } from './commands/validate';
import { compareCommand, compareHelp } from './commands/compare';
import { batchCommand, batchHelp } from './commands/batch';
import { mergeCommand, mergeHelp } from './commands/merge';
import { summarizeCommand, summarizeHelp } from './commands/summarize';
import { classroomCommand, classroomHelp } from './commands/classroom';
import { sensitivityCommand, sensitivityHelp } from './commands/sensitivity';
import { seedsCommand, seedsHelp } from './commands/seeds';
import { calibrateCommand, calibrateHelp } from './commands/calibrate';
import { measuresCommand, measuresHelp } from './commands/measures';
import { paramsCommand, paramsHelp } from './commands/params';
import { didYouMean } from '../scenario/suggest';

/** `help` is the usage line `murmur --help` lists; `details`, when given, is what `murmur NAME --help` prints instead. */
const commands: Record<string, { run: (argv: string[]) => Promise<number>; help: string; details?: string }> = {
  run: { run: runCommand, help: runHelp },
  graph: { run: graphCommand, help: graphHelp, details: graphDetails },
  validate: { run: validateCommand, help: validateHelp },
  compare: { run: compareCommand, help: compareHelp },
  batch: { run: batchCommand, help: batchHelp },
  merge: { run: mergeCommand, help: mergeHelp },
  summarize: { run: summarizeCommand, help: summarizeHelp },
  classroom: { run: classroomCommand, help: classroomHelp },
  sensitivity: { run: sensitivityCommand, help: sensitivityHelp },
  seeds: { run: seedsCommand, help: seedsHelp },
  calibrate: { run: calibrateCommand, help: calibrateHelp },
  measures: { run: measuresCommand, help: measuresHelp },
  params: { run: paramsCommand, help: paramsHelp },
};

export function usage(): string {
  return `Murmuration: word of mouth on community networks.\n\nUsage:\n${Object.values(commands)
    .map((c) => `  ${c.help}`)
    .join('\n')}\n\nExit codes: 0 ok, 1 a run failed, 2 bad input.\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const { packageVersion } = await import('./files');
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  const cmd = commands[name];
  try {
    if (!cmd)
      throw new InputError([{ path: '', message: `murmur: unknown command "${name}"${didYouMean(name, Object.keys(commands))} (commands: ${Object.keys(commands).join(', ')})` }]);
    if (rest.includes('--help')) {
      process.stdout.write((cmd.details ?? cmd.help) + '\n');
      return 0;
    }
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof InputError) {
      for (const p of e.problems) process.stderr.write(formatProblem(p) + '\n');
      return 2;
    }
    process.stderr.write(`murmur ${name}: failed: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.MURMUR_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    return 1;
  }
}
