import { startHarness } from '../support/harness';

describe('a workspace that revoked Curio and came back', () => {
  it('gives the dispatcher work with its first event, so what was held goes out at once', async () => {
    const { curio, chat, store } = await startHarness();
    await chat.command('alice', 'setup', 'C1');
    await chat.receive({ kind: 'access-lost' }); // the app was uninstalled
    expect(store.workspaces.isRevoked('slack', 'W1')).toBe(true);

    const event = (eventId: string) => ({ platform: 'slack' as const, workspaceId: 'W1', eventId, kind: 'command' as const, userId: 'alice', channelId: 'C1', text: 'prompt' });
    expect(curio.bot.handleEvent(event('back'))).toMatchObject({ changed: true, newWork: true });
    expect(store.workspaces.isRevoked('slack', 'W1')).toBe(false);
    expect(curio.bot.handleEvent(event('again'))).toMatchObject({ changed: false, newWork: false });
  });
});
