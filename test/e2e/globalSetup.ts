// Builds and serves the studio once for all browser tests; the tests get its address through inject('studioUrl').
import type { TestProject } from 'vitest/node';
import { serveStudio } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    studioUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const server = await serveStudio();
  console.log(`studio built and served at ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('studioUrl', server.url);
  return server.close;
}
