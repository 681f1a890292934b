import { messageLines } from '../../../adapters/console/text-render';
import { colourStyle, plainStyle, styleFor } from '../../../adapters/console/style';
import type { Message } from '../../../src/ports/message';

const render = (message: Message) => {
  let next = 1;
  return messageLines(message, plainStyle, () => next++).join('\n');
};

describe('console rendering of the neutral Message', () => {
  it('prints every block kind as readable plain text', () => {
    const text = render({
      summary: 'Digest',
      blocks: [
        { type: 'header', text: 'Weekly digest' },
        { type: 'section', text: ['Hello ', { user: 'alice' }, ', see ', { link: 'https://example.com/a', label: 'the notes' }, ' and ', { code: 'prompt list' }, '.'] },
        { type: 'fields', fields: [{ label: 'Answers', value: '7' }, { label: 'Host', value: [{ user: 'bob' }] }] },
        { type: 'list', items: ['first', ['second by ', { bold: 'carol' }]] },
        { type: 'quote', text: 'I learned\nabout knots' },
        { type: 'context', text: [{ italic: 'posted by Curio' }] },
        { type: 'divider' },
      ],
    });
    expect(text).toBe(
      [
        '  Weekly digest',
        '  ─────────────',
        '  Hello @alice, see the notes (https://example.com/a) and `prompt list`.',
        '  Answers: 7',
        '  Host: @bob',
        '  • first',
        '  • second by carol',
        '  > I learned',
        '  > about knots',
        '  posted by Curio',
        '  ────────────────────',
      ].join('\n'),
    );
  });

  it('prints member text literally: no pings, no markup', () => {
    expect(render({ summary: '', blocks: [{ type: 'section', text: '<!channel> *hi* <@U1>' }] })).toBe('  <!channel> *hi* <@U1>');
  });

  it('names a channel with #', () => {
    expect(render({ summary: '', blocks: [{ type: 'section', text: ['in ', { channel: 'community' }] }] })).toBe('  in #community');
  });

  it('shows a bare link once', () => {
    expect(render({ summary: '', blocks: [{ type: 'section', text: [{ link: 'https://x.test', label: 'https://x.test' }] }] })).toBe('  https://x.test');
  });

  it('numbers buttons and says how to fill the forms they open', () => {
    const text = render({
      summary: '',
      blocks: [
        {
          type: 'buttons',
          buttons: [
            { action: 'a', label: 'Accept' },
            {
              action: 'b',
              label: 'Settings',
              opensForm: {
                title: 'Settings',
                submitLabel: 'Save',
                action: 'settings.save',
                fields: [
                  { id: 'day', label: 'Day', kind: 'select', options: [{ value: 'mon', label: 'Monday' }, { value: 'tue', label: 'Tuesday' }] },
                  { id: 'note', label: 'Note', kind: 'text', optional: true },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(text).toBe('  [1] Accept  [2] Settings\n      [2] opens "Settings": :click 2 day=<mon|tue> note=<Note> (optional)');
  });

  it('falls back to the summary when a message has no blocks', () => {
    expect(render({ summary: 'Just this', blocks: [] })).toBe('  Just this');
  });

  it('uses colour only for a terminal, and never with NO_COLOR', () => {
    expect(styleFor({ isTTY: true } as unknown as NodeJS.WritableStream, {})).toBe(colourStyle);
    expect(styleFor({ isTTY: true } as unknown as NodeJS.WritableStream, { NO_COLOR: '1' })).toBe(plainStyle);
    expect(styleFor({} as NodeJS.WritableStream, {})).toBe(plainStyle);
    expect(colourStyle.bold('x')).toBe('\u001b[1mx\u001b[22m');
  });
});
