// The benchmark runner behind `npm run bench`: figures for this machine, printed, never asserted.
import { cpus } from 'node:os';
import { reporter } from './report';
import { generateChild, run as generate } from './generate.bench';
import { run as cascade } from './cascade.bench';
import { run as stepps } from './stepps.bench';
import { run as policy } from './policy.bench';
import { run as batch, vcpuLoopChild } from './batch.bench';
import { networkFileChild, run as networkFiles } from './networkFiles.bench';
import { run as seeding, seedingChild } from './seeding.bench';
import { run as sensitivity } from './sensitivity.bench';
import { run as calibration } from './calibration.bench';
import { run as classroom } from './classroom.bench';

type Section = (report: ReturnType<typeof reporter>, json: boolean) => Promise<void> | void;

/** Every section, in the order a full run takes them. */
const SECTIONS: Record<string, Section> = {
  generate,
  cascade,
  stepps,
  batch,
  sensitivity,
  calibration,
  policy,
  'network-files': networkFiles,
  seeding,
  classroom,
};

export async function main(argv: string[]): Promise<number> {
  const child = argv.indexOf('--generate');
  if (child >= 0) {
    generateChild(Number(argv[child + 1]));
    return 0;
  }
  const seedingAt = argv.indexOf('--seeding');
  if (seedingAt >= 0) {
    seedingChild(argv[seedingAt + 1], argv[seedingAt + 2], Number(argv[seedingAt + 3]));
    return 0;
  }
  const fileChild = argv.indexOf('--network-file');
  if (fileChild >= 0) {
    networkFileChild(argv[fileChild + 1] as 'file' | 'edge-list', argv[fileChild + 2]);
    return 0;
  }
  const loop = argv.indexOf('--vcpu-loop');
  if (loop >= 0) {
    vcpuLoopChild(Number(argv[loop + 1]));
    return 0;
  }
  const json = argv.includes('--json');
  // `npm run bench -- --only cascade,seeding` runs those sections alone (in the full run's order).
  const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : undefined;
  const unknown = only?.filter((name) => !(name in SECTIONS)) ?? [];
  if (unknown.length || (only && !only.length)) {
    process.stderr.write(`bench: --only takes section names separated by commas (unknown: ${unknown.join(', ') || 'none given'}; sections: ${Object.keys(SECTIONS).join(', ')})\n`);
    return 2;
  }
  if (!json) process.stdout.write(`Murmuration benchmarks: node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores; one used)\n`);
  const report = reporter(json);
  for (const [name, run] of Object.entries(SECTIONS)) if (!only || only.includes(name)) await run(report, json);
  return 0;
}
