// The address students type when the session is open to the local network (--host 0.0.0.0).
import { networkInterfaces } from 'node:os';

/** The first IPv4 address on the local network; 127.0.0.1 when there is none. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}
