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
  // `npm run bench -- --only network-files` runs that section alone.
  if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'network-files') {
    await networkFiles(reporter(argv.includes('--json')), argv.includes('--json'));
    return 0;
  }
  const loop = argv.indexOf('--vcpu-loop');
  if (loop >= 0) {
    vcpuLoopChild(Number(argv[loop + 1]));
    return 0;
  }
  const json = argv.includes('--json');
  if (!json) process.stdout.write(`Murmuration benchmarks: node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores; one used)\n`);
  const report = reporter(json);
  await generate(report, json);
  await cascade(report, json);
  await stepps(report, json);
  await batch(report, json);
  await sensitivity(report, json);
  await calibration(report, json);
  await policy(report, json);
  await networkFiles(report, json);
  await seeding(report, json);
  await classroom(report, json);
  return 0;
}
