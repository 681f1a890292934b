import { COMMANDS } from '../../src/domain/grammar';
import { replyText } from '../support/fake-adapter';
import { startHarness } from '../support/harness';

describe('help', () => {
  it('lists every verb with one line each, privately', async () => {
    const { chat } = await startHarness();
    const reply = await chat.command('U1', 'help', 'C1');
    expect(reply?.visibility).toBe('private');
    for (const spec of COMMANDS) expect(replyText(reply)).toContain(spec.usage);
    expect(replyText(reply)).toContain('/curio');
  });

  it('answers an unknown verb with a suggestion', async () => {
    const { chat } = await startHarness();
    expect(replyText(await chat.command('U1', 'hepl', 'C1'))).toContain('Did you mean `help`?');
  });

  it('handles a redelivered event once', async () => {
    const { chat } = await startHarness();
    const event = { kind: 'command' as const, userId: 'U1', text: 'help', channelId: 'C1', eventId: 'same' };
    expect(await chat.receive(event)).toBeDefined();
    expect(await chat.receive(event)).toBeUndefined();
  });
});
