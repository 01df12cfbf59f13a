// The one worker API over the engine, served through comlink in a Web Worker (studio) and a worker_thread (CLI pool).
import { runApi } from './runs';
import type { sessionApi } from './session';

type SessionApi = typeof sessionApi;

/**
 * The session calls, each loading the session module on first use. Sessions validate scenarios,
 * and the validator (zod) is four fifths of the worker's code: a batch worker, which only runs
 * resolved specs, should not load it before its first answer. Through comlink every call is
 * asynchronous already, so callers see the same API.
 */
type LazySessionApi = { [K in keyof SessionApi]: (...args: Parameters<SessionApi[K]>) => Promise<ReturnType<SessionApi[K]>> };

let session: Promise<SessionApi> | undefined;
const loadSession = () => (session ??= import('./session').then((m) => m.sessionApi));

function lazy<K extends keyof SessionApi>(name: K): LazySessionApi[K] {
  return (async (...args: Parameters<SessionApi[K]>) => {
    const api = await loadSession();
    return (api[name] as (...a: Parameters<SessionApi[K]>) => ReturnType<SessionApi[K]>)(...args);
  }) as LazySessionApi[K];
}

const lazySessionApi: LazySessionApi = {
  sessionCreate: lazy('sessionCreate'),
  sessionStep: lazy('sessionStep'),
  sessionRunToEnd: lazy('sessionRunToEnd'),
  sessionSummary: lazy('sessionSummary'),
  sessionTick: lazy('sessionTick'),
  sessionMember: lazy('sessionMember'),
  sessionCascade: lazy('sessionCascade'),
  sessionCascadeTable: lazy('sessionCascadeTable'),
  sessionGexf: lazy('sessionGexf'),
  sessionDispose: lazy('sessionDispose'),
  sessionIds: lazy('sessionIds'),
  lessonNumbers: lazy('lessonNumbers'),
};

/** Optimal seeds beside every heuristic (studio "Suggest seeds"); its module loads on the first call. */
const seedsApi = {
  suggestSeeds: async (...args: Parameters<typeof import('../analysis/influence/suggestSeeds').suggestSeeds>) =>
    (await import('../analysis/influence/suggestSeeds')).suggestSeeds(...args),
};

export const workerApi = { ...runApi, ...lazySessionApi, ...seedsApi };
export type WorkerApi = typeof workerApi;
