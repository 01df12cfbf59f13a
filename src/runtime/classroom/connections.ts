// Who is connected to the classroom and as what: each connection's role, the connection in each seat, and sending to them.
import type { WebSocket } from 'ws';
import type { ServerMessage } from './protocol';

export interface Client {
  role: 'none' | 'student' | 'host';
  member: number;
  badCodes: number;
  dropped: number;
}

export class Connections {
  private readonly clients = new Map<WebSocket, Client>();
  private readonly seats = new Map<number, WebSocket>();

  /** A new connection, not yet a student or the host. */
  add(ws: WebSocket): Client {
    const client: Client = { role: 'none', member: -1, badCodes: 0, dropped: 0 };
    this.clients.set(ws, client);
    return client;
  }

  /** Forgets a closed connection; true when it held its seat (the seat is then empty). */
  remove(ws: WebSocket, client: Client): boolean {
    this.clients.delete(ws);
    if (client.role !== 'student' || this.seats.get(client.member) !== ws) return false;
    this.seats.delete(client.member);
    return true;
  }

  /** Sits a student's connection in a member's seat; another connection still in that seat is closed. */
  seat(ws: WebSocket, client: Client, member: number): void {
    const old = this.seats.get(member);
    if (old && old !== ws) old.close(4000, 'this seat was taken up on another connection');
    client.role = 'student';
    client.member = member;
    this.seats.set(member, ws);
  }

  /** The connection in a member's seat, if any. */
  inSeat(member: number): WebSocket | undefined {
    return this.seats.get(member);
  }

  /** The members whose seat has a connection. */
  online(): Set<number> {
    return new Set(this.seats.keys());
  }

  toAll(m: ServerMessage): void {
    for (const ws of this.clients.keys()) send(ws, m);
  }

  /** Sends to every host connection; the message is made once, and only when a host is connected. */
  toHosts(make: () => ServerMessage): void {
    let m: ServerMessage | undefined;
    for (const [ws, c] of this.clients) if (c.role === 'host') send(ws, (m ??= make()));
  }

  terminate(): void {
    for (const ws of this.clients.keys()) ws.terminate();
  }
}

export function send(ws: WebSocket, m: ServerMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
}
