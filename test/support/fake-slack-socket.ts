/**
 * Slack's Socket Mode side on a local WebSocket server: greets each connection with `hello`, sends
 * envelopes (events_api, slash_commands, interactive) and collects the acknowledgements.
 */
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSlackSocket {
  readonly acks: SocketAck[] = [];
  private readonly server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  private readonly events = new EventEmitter();
  private socket?: WebSocket;
  private seq = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.once('listening', () => resolve()));
    this.server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        this.acks.push(ack);
        this.events.emit('ack', ack);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0CURIO' }, debug_info: { host: 'fake', approximate_connection_time: 3600 } }));
    });
    return this;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  /** Sends an envelope and resolves with its acknowledgement. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>, timeoutMs = 5000): Promise<SocketAck> {
    if (!this.socket) throw new Error('FakeSlackSocket: nobody is connected');
    const envelopeId = `env-${++this.seq}`;
    const acked = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`FakeSlackSocket: no ack for ${envelopeId}`)), timeoutMs);
      const listener = (ack: SocketAck) => {
        if (ack.envelope_id !== envelopeId) return;
        clearTimeout(timer);
        this.events.off('ack', listener);
        resolve(ack);
      };
      this.events.on('ack', listener);
    });
    this.socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  async stop(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
