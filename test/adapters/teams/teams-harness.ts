/**
 * A whole Curio with the real Teams adapter (botbuilder CloudAdapter) mounted on the real shared HTTP
 * server, talking to a fake Bot Connector. Time is a FixedClock; delivery runs when the test says.
 */
import type { ChatAdapter, Reply } from '../../../src/ports/chat';
import type { InboundEvent } from '../../../src/ports/inbound';
import { Curio } from '../../../src/runtime/curio';
import { HttpServer } from '../../../src/runtime/http-server';
import { openDatabase } from '../../../src/storage/db';
import { Store } from '../../../src/storage/store';
import { seededRng } from '../../../src/ports/rng';
import { createLogger, silentLogger, type Logger } from '../../../src/ports/logger';
import type { TeamsConfig } from '../../../src/runtime/config';
import { createTeamsAdapter } from '../../../adapters/teams';
import { FakeConnector } from '../../support/fake-connector';
import { ActivityFactory, postActivity, type PostResult } from '../../support/fake-connector-activities';
import { FixedClock } from '../../support/fixed-clock';

export interface TeamsHarness {
  curio: Curio;
  /** The Teams adapter Curio runs with. */
  adapter: ChatAdapter;
  connector: FakeConnector;
  activities: ActivityFactory;
  clock: FixedClock;
  store: Store;
  url: string;
  /** Posts an activity to /api/messages and waits for the bot's HTTP answer. */
  post(activity: unknown, headers?: Record<string, string>): Promise<PostResult>;
  /** Every error Curio logged (a reply that failed, a turn that threw): a clean flow has none. */
  errors(): string[];
  stop(): Promise<void>;
}

export const UNAUTHENTICATED: TeamsConfig = { appType: 'MultiTenant', unauthenticated: true };

export async function startTeams(options: { config?: TeamsConfig; start?: string; logger?: Logger; endpoints?: Record<string, string>; requestTimeoutMs?: number } = {}): Promise<TeamsHarness> {
  const connector = await new FakeConnector().start();
  const clock = new FixedClock(options.start ?? '2026-11-30T08:00:00Z');
  const store = new Store(openDatabase(':memory:'));
  const logged: string[] = [];
  const logger = options.logger ?? createLogger('error', { write: (line: string) => logged.push(line) });
  const http = new HttpServer(logger);
  const teams = createTeamsAdapter(options.config ?? UNAUTHENTICATED, { logger, store, clock }, { endpoints: options.endpoints, requestTimeoutMs: options.requestTimeoutMs });
  const curio = new Curio({ store, clock, rng: seededRng(7), logger, adapters: [teams], http, autoDeliver: false });
  await curio.start();
  const port = await http.listen(0);
  const url = `http://127.0.0.1:${port}/api/messages`;
  return {
    curio,
    adapter: teams,
    connector,
    activities: new ActivityFactory(connector.serviceUrl),
    clock,
    store,
    url,
    post: (activity, headers) => postActivity(url, activity, headers),
    errors: () => logged.map((line) => (JSON.parse(line) as { msg: string }).msg),
    async stop() {
      await curio.stop();
      await http.close();
      await connector.stop();
    },
  };
}

/** What a member sees of a posted card: its text blocks, facts and buttons, Markdown escapes removed. */
/** Stops a harness, failing the test if anything was logged at error level while it ran. */
export async function stopWithoutErrors(h: TeamsHarness): Promise<void> {
  const errors = h.errors();
  await h.stop();
  expect(errors).toEqual([]);
}

export function cardText(activity: Record<string, unknown>): string {
  return cardMarkdown(activity).replace(/\\(.)/g, '$1');
}

/** The Markdown of every TextBlock and fact in a posted card activity, and its buttons' titles. */
export function cardMarkdown(activity: Record<string, unknown>): string {
  const attachments = (activity.attachments ?? []) as { content: unknown }[];
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') out.push(element.text);
    if (element.type === 'FactSet') for (const fact of element.facts as { title: string; value: string }[]) out.push(`${fact.title}: ${fact.value}`);
    if (typeof element.title === 'string' && String(element.type).startsWith('Action.')) out.push(`[${element.title}]`);
    Object.values(element).forEach(walk);
  };
  attachments.forEach((a) => walk(a.content));
  return out.join('\n');
}

export interface TeamsEdge {
  adapter: ChatAdapter;
  connector: FakeConnector;
  activities: ActivityFactory;
  store: Store;
  /** Every neutral event the adapter produced, in order. */
  events: InboundEvent[];
  /** What the "core" answers: set per test. */
  answer: (event: InboundEvent) => Reply | undefined;
  post(activity: unknown, headers?: Record<string, string>): Promise<PostResult>;
  stop(): Promise<void>;
}

/** Just the Teams adapter on the shared HTTP server, with a scripted core that records events. */
export async function startTeamsEdge(options: { config?: TeamsConfig; endpoints?: Record<string, string>; logger?: Logger } = {}): Promise<TeamsEdge> {
  const connector = await new FakeConnector().start();
  const store = new Store(openDatabase(':memory:'));
  const logger = options.logger ?? silentLogger;
  const http = new HttpServer(logger);
  const adapter = createTeamsAdapter(options.config ?? UNAUTHENTICATED, { logger, store, clock: new FixedClock('2026-11-30T08:00:00Z') }, { endpoints: options.endpoints });
  const edge: TeamsEdge = {
    adapter,
    connector,
    activities: new ActivityFactory(connector.serviceUrl),
    store,
    events: [],
    answer: () => undefined,
    post: (activity, headers) => postActivity(url, activity, headers),
    async stop() {
      await adapter.stop();
      await http.close();
      await connector.stop();
    },
  };
  await adapter.start({ http, onEvent: async (event) => (edge.events.push(event), edge.answer(event)) });
  const url = `http://127.0.0.1:${await http.listen(0)}/api/messages`;
  return edge;
}
