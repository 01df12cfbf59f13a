// `murmur validate FILE...`: check scenario and lesson files and report every problem, one line each.
import { readFileSync } from 'node:fs';
import { readNetworkText } from '../networkText';
import { basename, dirname, resolve } from 'node:path';
import { InputError, formatProblem } from '../../engine/problem';
import { loadScenarioFile, readInput } from '../files';
import { parseFlags } from '../args';
import { parseEdgeList } from '../../engine/network/generators/edgeList';
import { loadLesson } from '../../lesson/load';

export const validateHelp = 'murmur validate SCENARIO|LESSON...';

const WHY: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** What a file is: a lesson (in a `lessons` folder, or with a top-level `steps` list), a JSON Schema (skipped), or a scenario. */
function kindOf(file: string): { kind: 'lesson' | 'schema' | 'scenario'; text?: string } {
  if (!file.endsWith('.json')) return { kind: 'scenario' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { kind: 'scenario' }; // the scenario loader words the read error
  }
  let raw: any;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (basename(file).endsWith('.schema.json') && typeof raw?.$schema === 'string' && raw.$schema.startsWith('https://json-schema.org/')) return { kind: 'schema' };
  const inLessons = /[\\/]scenarios[\\/]lessons[\\/][^\\/]+$/.test(resolve(file));
  const hasSteps = !!raw && typeof raw === 'object' && !Array.isArray(raw) && 'steps' in raw;
  return { kind: inLessons || hasSteps ? 'lesson' : 'scenario', text };
}

/** Loads a lesson file; what it names is read relative to it, and every problem names the file. */
function loadLessonFile(file: string, text = readInput(file, 'lesson')): void {
  const dir = dirname(resolve(file));
  const readText = (p: string) => {
    try {
      return readNetworkText(resolve(dir, p));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new Error(WHY[code] ?? (e as Error).message);
    }
  };
  try {
    loadLesson(text, { source: file, readText });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(e.problems.map((p) => ({ path: '', message: p.message.startsWith(file) ? p.message : `${file}: ${p.path ? `${p.path}: ` : ''}${p.message}` })));
  }
}

export async function validateCommand(argv: string[]): Promise<number> {
  const { positionals } = parseFlags('validate', argv, {});
  if (!positionals.length) throw new InputError([{ path: '', message: `usage: ${validateHelp}` }]);
  let bad = 0;
  for (const file of positionals) {
    try {
      const { kind, text } = kindOf(file);
      if (kind === 'schema') {
        process.stdout.write(`skip ${file} (a JSON Schema)\n`);
        continue;
      }
      if (kind === 'lesson') {
        loadLessonFile(file, text);
        process.stdout.write(`ok ${file}\n`);
        continue;
      }
      const scenario = loadScenarioFile(file);
      // A run finds a malformed edge list only when it builds the graph; validating reads it now.
      if (scenario.network.kind === 'edge-list') parseEdgeList(scenario.network.text ?? '', scenario.network.file, scenario.network.strength ?? 1);
      process.stdout.write(`ok ${file}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      bad++;
      for (const p of e.problems) process.stderr.write(formatProblem(p) + '\n');
    }
  }
  return bad ? 2 : 0;
}
