import { coreActionId, fallbackText, renderBlocks } from '../../../adapters/slack/block-kit';
import { chunkMrkdwn, escapeMrkdwn, mrkdwn } from '../../../adapters/slack/mrkdwn';
import { modalView, submittedValues } from '../../../adapters/slack/views';
import type { Message } from '../../../src/ports/message';

const json = (value: unknown) => JSON.stringify(value);

describe('Slack rendering', () => {
  it('escapes member text so it can never ping, mention or link', () => {
    const typed = 'hi <!channel> <!here> <@U0BOSS> <https://evil.example|click> & more';
    expect(mrkdwn(typed)).toBe('hi &lt;!channel&gt; &lt;!here&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|click&gt; &amp; more');
    expect(mrkdwn(['by ', { bold: '<!here>' }, ' ', { italic: '<@U1>' }, ' ', { code: '<!channel>' }])).not.toMatch(/<[!@]/);
  });

  it('renders formatting only from the inline objects: real mentions and safe links', () => {
    expect(mrkdwn([{ user: 'U0ALICE' }, ' shared ', { link: 'https://example.com/a?b=1&c=2', label: 'notes <v2>' }])).toBe('<@U0ALICE> shared <https://example.com/a?b=1&amp;c=2|notes &lt;v2&gt;>');
    expect(mrkdwn(['in ', { channel: 'C0COMMUNITY' }, ' and ', { channel: '<!here>' }])).toBe('in <#C0COMMUNITY> and #&lt;!here&gt;');
    expect(mrkdwn([{ user: 'not an id>' }])).toBe('@not an id&gt;');
    expect(mrkdwn([{ link: 'javascript:alert(1)', label: 'x' }])).toBe('x');
    expect(mrkdwn([{ bold: 'a' }, { italic: 'b' }, { code: 'c`d' }])).toBe("*a*_b_`c'd`");
  });

  it('maps every neutral block to Block Kit', () => {
    const message: Message = {
      summary: 'Weekly prompt <!channel>',
      blocks: [
        { type: 'header', text: 'This week' },
        { type: 'section', text: 'What did you learn?' },
        { type: 'fields', fields: [{ label: 'Host', value: [{ user: 'U0ALICE' }] }] },
        { type: 'list', items: ['one', ['two ', { bold: 'bold' }]] },
        { type: 'quote', text: 'line 1\nline 2' },
        { type: 'context', text: 'small print' },
        { type: 'divider' },
        { type: 'buttons', buttons: [{ action: 'host.accept', label: 'Prompt 1', value: '1', style: 'primary' }, { action: 'host.accept', label: 'Prompt 2', value: '2' }, { action: 'host.skip', label: 'Skip' }] },
      ],
    };
    const blocks = renderBlocks(message);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'section', 'context', 'divider', 'actions']);
    expect(json(blocks[2])).toContain('*Host*\\n<@U0ALICE>');
    expect(json(blocks[3])).toContain('• one\\n• two *bold*');
    expect(json(blocks[4])).toContain('>line 1\\n>line 2');
    const ids = (blocks[7] as unknown as { elements: { action_id: string }[] }).elements.map((e) => e.action_id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.map(coreActionId)).toEqual(['host.accept', 'host.accept', 'host.skip']);
    expect(fallbackText(message)).toBe('Weekly prompt &lt;!channel&gt;');
  });

  it('splits a 10,000-character text into sections within Slack limits, never inside an entity', () => {
    const long = `${'a&b '.repeat(2500)}`;
    const blocks = renderBlocks({ summary: 's', blocks: [{ type: 'section', text: long }, { type: 'header', text: 'h'.repeat(400) }] });
    const sections = blocks.filter((b) => b.type === 'section') as unknown as { text: { text: string } }[];
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect(s.text.text.length).toBeLessThanOrEqual(3000);
      expect(s.text.text).not.toMatch(/&(a|am|amp)?$/);
    }
    expect(json(blocks)).not.toContain('h'.repeat(151));
    expect(chunkMrkdwn(escapeMrkdwn('<'.repeat(5000)), 3000).every((p) => !/&(l|lt)?$/.test(p))).toBe(true);
  });

  it('keeps a message within 50 blocks, keeping its buttons', () => {
    const blocks = renderBlocks({ summary: 's', blocks: [...Array.from({ length: 80 }, () => ({ type: 'divider' as const })), { type: 'buttons', buttons: [{ action: 'a', label: 'A' }] }] });
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocks[blocks.length - 1].type).toBe('actions');
  });

  it('opens a form as a modal and reads its submission back', () => {
    const view = modalView(
      { title: 'Answer this week’s prompt, please', submitLabel: 'Send', action: 'answer.submit', fields: [{ id: 'text', label: 'Your answer', kind: 'text', multiline: true }, { id: 'pick', label: 'Pick', kind: 'select', options: [{ value: 'a', label: 'A' }], initial: 'a' }] },
      { value: 'round:7', channelId: 'C1', messageId: '1.2' },
    );
    expect(view.callback_id).toBe('answer.submit');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.parse(view.private_metadata!)).toEqual({ value: 'round:7', channelId: 'C1', messageId: '1.2' });
    expect(submittedValues({ values: { text: { text: { type: 'plain_text_input', value: 'I learnt X' } }, pick: { pick: { type: 'static_select', selected_option: { value: 'a' } } } } })).toEqual({ text: 'I learnt X', pick: 'a' });
    expect(submittedValues(undefined)).toEqual({});
  });
});
