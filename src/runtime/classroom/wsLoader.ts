// The ws package, loaded through Node's require: the CLI's one-file bundle cannot hold ws (CommonJS that requires Node built-ins).
import { createRequire } from 'node:module';

const ws = createRequire(import.meta.url)('ws') as typeof import('ws');

export const WebSocketServer = ws.WebSocketServer;
export const WebSocketClient = ws.WebSocket;
