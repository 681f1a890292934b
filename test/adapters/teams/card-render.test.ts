import { CardText, escapeMarkdown } from '../../../adapters/teams/card-markdown';
import { renderCard } from '../../../adapters/teams/card-render';
import type { Message } from '../../../src/ports/message';

const names: Record<string, string> = { '29:ana': 'Ana López', '29:odd': 'Eve [admin](https://x) <at>' };
const nameOf = (id: string) => names[id] ?? 'member';

describe('Adaptive Card Markdown escaping', () => {
  it.each([
    ['[click](https://evil.example)', '\\[click\\]\\(https://evil.example\\)'],
    ['**bold** _it_ ~~gone~~ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\`'],
    ['<at>Everyone</at>', '\\<at\\>Everyone\\</at\\>'],
    ['# Heading', '\\# Heading'],
    ['> quoted', '\\> quoted'],
    ['back\\slash', 'back\\\\slash'],
    ['&lt;at&gt;', '\\&lt;at\\&gt;'],
    ['- not a list\n1. nor this', '\\- not a list\n1\\. nor this'],
    ['{{DATE(2026-12-01T10:00:00Z)}}', '\\{\\{DATE\\(2026-12-01T10:00:00Z\\)\\}\\}'],
    ['plain words, 3.5 percent - fine', 'plain words, 3.5 percent - fine'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('formats only through the inline objects', () => {
    const text = new CardText(nameOf);
    expect(text.markdown(['Hi ', { bold: 'all*' }, ', ', { italic: ' you ' }, ' run ', { code: 'host `skip`' }, ' or see ', { link: 'https://docs.example/a (b)', label: 'the [docs]' }])).toBe(
      'Hi **all\\***,  _you_  run `host ʼskipʼ` or see [the \\[docs\\]](https://docs.example/a%20%28b%29)',
    );
  });

  it('shows a link that is not http(s) as its label only', () => {
    expect(new CardText(nameOf).markdown([{ link: 'javascript:alert(1)', label: 'open' }])).toBe('open');
  });

  it('renders {user} as a real mention with a matching entity, once per person', () => {
    const text = new CardText(nameOf);
    expect(text.markdown([{ user: '29:ana' }, ' and ', { user: '29:ana' }])).toBe('<at>Ana López</at> and <at>Ana López</at>');
    expect(text.markdown(['posted in ', { channel: '19:abc@thread.tacv2' }])).toBe('posted in the community’s channel');
    expect(text.mentions).toEqual([{ type: 'mention', text: '<at>Ana López</at>', mentioned: { id: '29:ana', name: 'Ana López' } }]);
  });

  it('keeps a name that contains markup from breaking out of its mention', () => {
    const text = new CardText(nameOf);
    expect(text.markdown([{ user: '29:odd' }])).toBe('<at>Eve adminhttps://x at</at>');
    expect(text.mentions[0].text).toBe('<at>Eve adminhttps://x at</at>');
  });
});

describe('Message to Adaptive Card', () => {
  const message: Message = {
    summary: 'Digest',
    blocks: [
      { type: 'header', text: 'Weekly *digest*' },
      { type: 'section', text: 'Line one\nLine two' },
      { type: 'divider' },
      { type: 'fields', fields: [{ label: 'Answers', value: '12' }, { label: 'Host', value: [{ user: '29:ana' }] }] },
      { type: 'list', items: ['first', ['second ', { bold: 'bold' }]] },
      { type: 'quote', text: 'Member words' },
      { type: 'context', text: 'small print' },
      {
        type: 'buttons',
        buttons: [
          { action: 'host.skip', label: 'Skip', value: '7', style: 'danger' },
          {
            action: 'answer.open',
            label: 'Answer',
            value: '3',
            style: 'primary',
            opensForm: {
              title: 'Your answer',
              submitLabel: 'Post',
              action: 'answer.submit',
              fields: [
                { id: 'text', label: 'What?', kind: 'text', multiline: true, placeholder: 'Up to 3000' },
                { id: 'pick', label: 'Pick', kind: 'select', optional: true, options: [{ value: '1', label: 'One' }] },
              ],
            },
          },
        ],
      },
    ],
  };

  it('renders schema 1.5 with each block in order', () => {
    const card = renderCard(message, nameOf);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', fallbackText: 'Digest', msteams: { width: 'Full' } });
    expect(card.body.map((e) => e.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet', 'TextBlock', 'Container', 'TextBlock', 'ActionSet']);
    expect(card.body[0]).toEqual({ type: 'TextBlock', text: 'Weekly \\*digest\\*', wrap: true, size: 'Large', weight: 'Bolder' });
    expect(card.body[1].text).toBe('Line one\n\nLine two');
    expect(card.body[2]).toEqual({ type: 'FactSet', separator: true, facts: [{ title: 'Answers', value: '12' }, { title: 'Host', value: '<at>Ana López</at>' }] });
    expect(card.body[3].text).toBe('- first\r- second **bold**');
    expect(card.body[4]).toEqual({ type: 'Container', style: 'emphasis', items: [{ type: 'TextBlock', text: 'Member words', wrap: true }] });
    expect(card.body[5]).toMatchObject({ isSubtle: true, size: 'Small' });
    expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>Ana López</at>', mentioned: { id: '29:ana', name: 'Ana López' } }]);
  });

  it('renders buttons as Action.Submit, and a button with a form as Action.ShowCard with inputs and a submit', () => {
    const [skip, answer] = renderCard(message, nameOf).body[6].actions as Record<string, unknown>[];
    expect(skip).toEqual({ type: 'Action.Submit', title: 'Skip', style: 'destructive', data: { curioAction: 'host.skip', curioValue: '7' } });
    expect(answer).toMatchObject({ type: 'Action.ShowCard', title: 'Answer', style: 'positive' });
    expect((answer.card as { body: unknown[] }).body).toEqual([
      { type: 'Input.Text', id: 'text', label: 'What?', isRequired: true, errorMessage: 'What? is needed', isMultiline: true, maxLength: 3000, placeholder: 'Up to 3000' },
      { type: 'Input.ChoiceSet', id: 'pick', label: 'Pick', isRequired: false, style: 'compact', choices: [{ title: 'One', value: '1' }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Post', style: 'positive', data: { curioAction: 'answer.submit', curioValue: '3', curioForm: '1' } }] },
    ]);
  });

  it('shows a form a reply opens at once inline, unless one of its buttons already offers it', () => {
    const form = { title: 'Settings', submitLabel: 'Save', action: 'settings.submit', fields: [{ id: 'tz', label: 'Time zone', kind: 'text' as const }] };
    const plain: Message = { summary: 'Set up', blocks: [{ type: 'section', text: 'Set up' }] };
    expect(JSON.stringify(renderCard(plain, nameOf, form).body)).toContain('"id":"tz"');
    const withButton: Message = { ...plain, blocks: [...plain.blocks, { type: 'buttons', buttons: [{ action: 'settings.open', label: 'Change settings', opensForm: form }] }] };
    expect(JSON.stringify(renderCard(withButton, nameOf, form).body).match(/"id":"tz"/g)).toHaveLength(1);
  });

  it('never renders an empty card', () => {
    expect(renderCard({ summary: 'Just a summary', blocks: [] }, nameOf).body).toEqual([{ type: 'TextBlock', text: 'Just a summary', wrap: true }]);
  });
});
