import { fromSlackText } from '../../../adapters/slack/slack-text';
import { mrkdwn } from '../../../adapters/slack/mrkdwn';

describe("Slack's text to the core's literal text", () => {
  it('unescapes what Slack escaped, so the text is not escaped twice on its way out', () => {
    const { text } = fromSlackText('a &lt; b &amp;&amp; c &gt; d');
    expect(text).toBe('a < b && c > d');
    expect(mrkdwn(text)).toBe('a &lt; b &amp;&amp; c &gt; d');
  });

  it('keeps user mentions as <@id> with their names aside', () => {
    expect(fromSlackText('thanks <@U0BOB|bob> and <@W0ANA>')).toEqual({ text: 'thanks <@U0BOB> and <@W0ANA>', names: { U0BOB: 'bob' } });
  });

  it('turns channels, special mentions, groups, dates and links into plain words', () => {
    expect(fromSlackText('see <#C123|general>, <!here> <!channel|channel> <!subteam^S1|@devs> <!date^1700000000^{date}|Nov 14>').text).toBe('see #general, @here @channel @devs Nov 14');
    expect(fromSlackText('<https://example.com/a?b=1&amp;c=2> and <https://example.com|example.com> and <https://x.io/p|the notes>').text).toBe(
      'https://example.com/a?b=1&c=2 and https://example.com and the notes (https://x.io/p)',
    );
  });

  it('never lets a typed <!channel> ping when it is shown again', () => {
    const { text } = fromSlackText('&lt;!channel&gt; hi');
    expect(text).toBe('<!channel> hi');
    expect(mrkdwn(text)).toBe('&lt;!channel&gt; hi');
  });
});
