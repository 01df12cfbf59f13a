// Problems with input, as data: where (a dotted path) and what. Every floor reports bad input this way.

export interface Problem {
  /** Dotted path to the offending field, e.g. `network.k`; empty for the whole input. */
  path: string;
  message: string;
}

/** Thrown for bad input anywhere; the CLI prints one line per problem and exits with code 2. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Prefixes each problem's path, e.g. a generator's `k` becomes `network.k`. */
export function under(prefix: string, problems: Problem[]): Problem[] {
  return problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, message: p.message }));
}

export function throwIfAny(problems: Problem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}
