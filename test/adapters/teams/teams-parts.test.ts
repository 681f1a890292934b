import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commandText } from '../../../adapters/teams/command-text';
import { NO_TENANT, placeOf } from '../../../adapters/teams/conversation-place';
import { toDeliveryError } from '../../../adapters/teams/delivery-errors';
import { DeliveryError } from '../../../src/ports/chat';

const bot = { id: '28:bot', name: 'Curio' };
const at = (id: string, name: string) => ({ type: 'mention', text: `<at>${name}</at>`, mentioned: { id, name } });

describe('command text', () => {
  it('strips the bot mention wherever it is and keeps the rest', () => {
    expect(commandText({ recipient: bot, text: 'hey <at>Curio</at>  prompt   add Why?\n', entities: [at('28:bot', 'Curio')] })).toEqual({
      text: 'hey prompt add Why?',
      mentionNames: {},
      mentionsBot: true,
    });
  });

  it('turns every mention of the same person into <@id>, and decodes what Teams encodes', () => {
    const result = commandText({ recipient: bot, text: '<p>kudos <at>Ana</at>&nbsp;&amp; <at>Ana</at> for R&amp;D</p>', entities: [at('29:ana', 'Ana')] });
    expect(result).toEqual({ text: 'kudos <@29:ana> & <@29:ana> for R&D', mentionNames: { '29:ana': 'Ana' }, mentionsBot: false });
  });

  it('ignores a mention entity whose text is not in the message', () => {
    expect(commandText({ recipient: bot, text: 'me', entities: [at('29:ana', 'Ana')] })).toEqual({ text: 'me', mentionNames: {}, mentionsBot: false });
  });

  it('keeps private-use characters out of the way of its placeholders', () => {
    expect(commandText({ recipient: bot, text: 'answer \uE0000\uE000 <at>Ana</at>', entities: [at('29:ana', 'Ana')] }).text).toBe('answer 0 <@29:ana>');
  });
});

describe('conversation place', () => {
  it('splits a channel thread id and takes the tenant as workspace', () => {
    expect(placeOf({ conversation: { id: '19:c@thread.tacv2;messageid=123', conversationType: 'channel', tenantId: 't1', isGroup: true, name: '' }, channelData: { team: { id: '19:team' } } })).toEqual({
      workspaceId: 't1',
      kind: 'channel',
      conversationId: '19:c@thread.tacv2',
      channelId: '19:c@thread.tacv2',
      threadId: '123',
      teamId: '19:team',
    });
  });

  it('treats a conversation without a type or tenant (an emulator) as a personal chat', () => {
    expect(placeOf({ conversation: { id: 'abc', isGroup: false, name: '', conversationType: '' }, channelData: undefined })).toMatchObject({ workspaceId: NO_TENANT, kind: 'personal', channelId: undefined });
  });
});

describe('delivery errors', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  const http = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`status ${status}`), { statusCode: status, response: { status, headers: { get: (n: string) => headers[n] } } });

  it.each([
    [429, 'transient', 'throttled'],
    [412, 'transient', 'http_412'],
    [503, 'transient', 'http_503'],
    [403, 'permanent', 'forbidden'],
    [404, 'permanent', 'conversation_not_found'],
    [401, 'permanent', 'invalid_auth'],
    [418, 'permanent', 'http_418'],
    [500, 'ambiguous', 'http_500'],
  ])('maps HTTP %i to %s (%s)', (status, failure, code) => {
    expect(toDeliveryError(http(status), now)).toMatchObject({ failure, code });
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(toDeliveryError(http(429, { 'retry-after': '2.5' }), now).retryAfterMs).toBe(2500);
    expect(toDeliveryError(http(503, { 'retry-after': 'Tue, 01 Dec 2026 10:00:30 GMT' }), now).retryAfterMs).toBe(30_000);
    expect(toDeliveryError(http(429, { 'retry-after': 'soon' }), now).retryAfterMs).toBeUndefined();
  });

  it('knows a refused connection posted nothing, and a dropped one may have', () => {
    expect(toDeliveryError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), now)).toMatchObject({ failure: 'transient', code: 'econnrefused' });
    expect(toDeliveryError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), now)).toMatchObject({ failure: 'ambiguous', code: 'econnreset' });
  });

  it('passes a DeliveryError through', () => {
    const error = new DeliveryError('permanent', 'no_conversation_reference');
    expect(toDeliveryError(error, now)).toBe(error);
  });
});

describe('the botbuilder boundary', () => {
  const root = join(__dirname, '../../..');
  function sources(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
      return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
    });
  }

  it('keeps botbuilder imports inside adapters/teams, so an SDK port touches nothing else', () => {
    const folders = ['src', 'adapters', 'bin', 'bench'].map((f) => join(root, f)).filter((f) => { try { return statSync(f).isDirectory(); } catch { return false; } });
    const offenders = folders
      .flatMap(sources)
      .filter((file) => !relative(root, file).startsWith(join('adapters', 'teams')))
      .filter((file) => /from ['"](botbuilder|botframework-)|require\(['"](botbuilder|botframework-)/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
