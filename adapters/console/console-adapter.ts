/**
 * The console platform, like Hubot's shell: one channel (#community), simulated members, a simulated
 * clock. It prints what Curio sends instead of sending it, and turns typed lines into the same neutral
 * events Slack and Teams produce.
 */
import type { AdapterContext, Capabilities, ChatAdapter, InboundHandler } from '../../src/ports/chat';
import type { Message, Target } from '../../src/ports/message';
import type { Store } from '../../src/storage/store';
import { ConsoleState } from './console-state';
import { describeNow } from './console-time';
import { CHANNEL, headerTime, ME, Session, type Driver } from './session';
import { Shell } from './shell';
import { SimulatedClock } from './simulated-clock';
import { plainStyle, type Style } from './style';
import { Transcript, type Place } from './transcript';

export interface ConsoleOptions {
  store: Store;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Colours (a terminal) or plain text (a pipe, tests). */
  style?: Style;
  /** Show a prompt: a person is typing at a terminal. */
  interactive?: boolean;
  /** Where the simulated clock starts on the very first run (default: the real time). */
  realNow?: number;
}

export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console' as const;
  readonly capabilities: Capabilities = { threads: true, ephemeral: true, buttons: true };
  /** Curio's clock in console mode. */
  readonly clock: SimulatedClock;
  readonly transcript: Transcript;
  private readonly state: ConsoleState;
  private onEvent?: InboundHandler;
  private shell?: Shell;

  constructor(private readonly options: ConsoleOptions) {
    this.state = new ConsoleState(options.store.db);
    this.clock = new SimulatedClock(this.state, options.realNow ?? Date.now());
    this.transcript = new Transcript((text) => (this.shell ? this.shell.write(text) : options.output.write(text)), options.style ?? plainStyle);
  }

  async start(context: AdapterContext): Promise<void> {
    this.onEvent = context.onEvent;
  }

  /** Reads and handles lines until the user quits or input ends; `driver` runs due jobs and delivers. */
  async run(driver: Driver): Promise<void> {
    if (!this.onEvent) throw new Error('ConsoleAdapter: start() it (through Curio) before run()');
    const { store, input, output } = this.options;
    const session = new Session(this.transcript, this.clock, store, this.state, this.onEvent, driver);
    this.shell = new Shell(session, { input, output, interactive: this.options.interactive ?? false });
    this.transcript.note(
      `Curio console: you are "you" in #community. Simulated time: ${describeNow(this.clock.now(), session.timeZone())}. ` +
        "Type help for Curio's commands, :help for the console's.",
    );
    await this.addToChannelOnce(session);
    await this.shell.run();
  }

  /** On the very first run Curio is added to #community, as an admin would add it to a channel, and says hello. */
  private async addToChannelOnce(session: Session): Promise<void> {
    if (this.state.get('bot-added')) return;
    this.state.set('bot-added', String(this.clock.now()));
    await session.act({ kind: 'bot-added', userId: ME, userName: ME, channelId: CHANNEL }, { kind: 'private', userId: ME, channelId: CHANNEL });
  }

  async stop(): Promise<void> {
    await this.shell?.close();
  }

  async send(target: Target, message: Message): Promise<{ messageId: string }> {
    const messageId = this.state.nextMessageId();
    this.transcript.show(messageId, placeOf(target), message, { delivered: true, when: this.when() });
    return { messageId };
  }

  async update(target: Target, messageId: string, message: Message): Promise<void> {
    // A message from an earlier session is no longer on screen: show its new text as a new post.
    if (!this.transcript.replace(messageId, message, this.when())) this.transcript.show(messageId, placeOf(target), message, { delivered: true, when: this.when(), edited: true });
  }

  private when(): string {
    return headerTime(this.clock.now(), this.options.store);
  }
}

function placeOf(target: Target): Place {
  return target.kind === 'channel' ? { kind: 'channel', channelId: target.channelId, threadId: target.threadId } : { kind: 'direct', userId: target.userId };
}
