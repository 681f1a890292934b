import { messagePermalink } from '../../../adapters/slack/permalink';

describe('Slack message permalinks', () => {
  it.each([
    ['a message', ['https://ghostbusters.slack.com/', 'C1H9RESGA', '1358546515.000008'], 'https://ghostbusters.slack.com/archives/C1H9RESGA/p1358546515000008'],
    ['a reply in a thread', ['https://ghostbusters.slack.com/', 'C1H9RESGL', '1358546517.000023', '1358546515.000008'], 'https://ghostbusters.slack.com/archives/C1H9RESGL/p1358546517000023?thread_ts=1358546515.000008&cid=C1H9RESGL'],
    ['a thread parent (its own thread)', ['https://ghostbusters.slack.com/', 'C1', '1358546515.000008', '1358546515.000008'], 'https://ghostbusters.slack.com/archives/C1/p1358546515000008'],
    ['a workspace URL without its slash', ['https://acme.slack.com', 'C1', '1.000002'], 'https://acme.slack.com/archives/C1/p1000002'],
  ] as [string, [string, string, string, string?], string][])('%s', (_name, args, expected) => {
    expect(messagePermalink(...args)).toBe(expected);
  });
});
