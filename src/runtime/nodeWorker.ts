// The worker_thread side of the CLI pool: the one worker API, exposed over comlink's node adapter.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { workerApi } from './api';

if (!parentPort) throw new Error('runtime/nodeWorker: must run in a worker_thread');
expose(workerApi, nodeEndpoint(parentPort));
