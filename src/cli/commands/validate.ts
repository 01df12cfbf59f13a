// `murmur validate FILE...`: check scenario files and report every problem, one line each.
import { InputError, formatProblem } from '../../engine/problem';
import { loadScenarioFile } from '../files';
import { parseFlags } from '../args';

export const validateHelp = 'murmur validate SCENARIO...';

export async function validateCommand(argv: string[]): Promise<number> {
  const { positionals } = parseFlags('validate', argv, {});
  if (!positionals.length) throw new InputError([{ path: '', message: `usage: ${validateHelp}` }]);
  let bad = 0;
  for (const file of positionals) {
    try {
      loadScenarioFile(file);
      process.stdout.write(`ok ${file}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      bad++;
      for (const p of e.problems) process.stderr.write(formatProblem(p) + '\n');
    }
  }
  return bad ? 2 : 0;
}
