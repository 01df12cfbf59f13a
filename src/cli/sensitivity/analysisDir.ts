// The folder an analysis writes: its runs table (owned and resumed by the batch machinery) and the
// files derived from it. A folder holding anything else, or another analysis, is refused before
// anything is written; `analysis.json` says what the folder holds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../engine/problem';
import { stableJson } from '../../runtime/sharedGraph';

export const RUNS = 'runs.csv';
export const MARKER = 'analysis.json';

export interface AnalysisRecord {
  tool: 'murmur';
  command: 'sensitivity';
  method: string;
  inputs: { path: string; lo: number; hi: number; integer: boolean }[];
  samples: number;
  levels?: number;
  secondOrder: boolean;
  seeds: { from: number; to: number };
  scenario: string;
}

function refuse(message: string): never {
  throw new InputError([{ path: '', message }]);
}

/** Files a batch leaves beside its table: its manifest, its lock, temporaries of a rewrite. */
function runsFile(name: string): boolean {
  return name === RUNS || name.startsWith(`${RUNS}.`) || name.startsWith(`.${RUNS}.`);
}

/**
 * Refuses `dir` unless it is absent, empty, this very analysis (same record), or only a runs table
 * (a merge of shards, or a run killed before it wrote its record: the batch manifest then decides).
 */
export function checkAnalysisDir(dir: string, mine: AnalysisRecord): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) refuse(`--out ${dir}: is a file; --out names a folder`);
  const marker = join(dir, MARKER);
  if (existsSync(marker)) {
    let was: Partial<AnalysisRecord>;
    try {
      was = JSON.parse(readFileSync(marker, 'utf8'));
    } catch (e) {
      return refuse(`${marker}: unreadable (${(e as Error).message}); choose another --out`);
    }
    if (was.tool !== 'murmur' || was.command !== 'sensitivity') refuse(`--out ${dir}: holds another tool's output (${marker} is not a sensitivity analysis); choose another --out`);
    const keys = ['method', 'inputs', 'samples', 'levels', 'secondOrder', 'seeds', 'scenario'] as const;
    const differ = keys.filter((k) => stableJson(was[k]) !== stableJson(mine[k]));
    if (differ.length) {
      refuse(`--out ${dir}: holds another sensitivity analysis (it differs in: ${differ.join(', ')}); choose another --out, or delete ${dir} to start over`);
    }
    return;
  }
  const foreign = readdirSync(dir).filter((f) => !runsFile(f));
  if (foreign.length)
    refuse(`--out ${dir}: holds files that are no sensitivity analysis's (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); choose another --out`);
}
