// The one worker API over the engine, served through comlink in a Web Worker (studio) and a worker_thread (CLI pool).
import { runApi } from './runs';
import { sessionApi } from './session';

export const workerApi = { ...runApi, ...sessionApi };
export type WorkerApi = typeof workerApi;
