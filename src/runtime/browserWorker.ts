// The model's Web Worker for the studio: the one worker API, served through comlink.
import { expose } from 'comlink';
import { workerApi } from './api';

expose(workerApi, self as unknown as DedicatedWorkerGlobalScope);
