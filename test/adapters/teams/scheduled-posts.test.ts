import { ANA, BEN, CHANNEL, TENANT, type TeamsUser } from '../../support/fake-connector-activities';
import type { PostedActivity } from '../../support/fake-connector';
import { cardText, startTeams, stopWithoutErrors, type TeamsHarness } from './teams-harness';

type Element = Record<string, unknown>;

/** The card of a posted activity. */
function card(posted: PostedActivity): { body: Element[]; msteams: { entities?: Element[] } } {
  return (posted.activity.attachments as { content: { body: Element[]; msteams: { entities?: Element[] } } }[])[0].content;
}

/** Every action of a card, ShowCard sub-cards included. */
function actions(node: unknown): Element[] {
  if (Array.isArray(node)) return node.flatMap(actions);
  if (!node || typeof node !== 'object') return [];
  const element = node as Element;
  const own = typeof element.type === 'string' && element.type.startsWith('Action.') ? [element] : [];
  return [...own, ...Object.values(element).flatMap(actions)];
}

describe('Teams scheduled posts and card clicks through a whole Curio', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeams({ start: '2026-11-30T08:00:00Z' });
    h.connector.roster = [ANA, BEN];
    await h.post(h.activities.channelMessage(ANA, 'setup'));
    // Ben joins the team: the roster enrols him in the channel's community, with no message to him yet.
    await h.post(h.activities.teamUpdate(ANA, { added: [{ id: BEN.id }] }));
    h.connector.activities.length = 0;
    h.connector.conversations.length = 0;
  });
  afterEach(() => stopWithoutErrors(h));

  /** The 1:1 chat Curio opened with a person, if any. */
  function chatWith(user: TeamsUser): string | undefined {
    return h.connector.conversations.find((c) => (c.parameters.members as { id: string }[])[0].id === user.id)?.id;
  }

  /** Ana is nudged first (the rotation's order); returns her 1:1 chat and the nudge posted there. */
  async function nudgeAna(): Promise<{ chat: string; nudge: PostedActivity }> {
    h.clock.advance(60_000); // set up less than the nudge lead time before the first round: nudged at once
    await h.curio.tick();
    const opened = h.connector.conversations.find((c) => c.id === chatWith(ANA));
    expect(opened).toBeDefined();
    const [nudge] = h.connector.postedTo(opened!.id);
    return { chat: opened!.id, nudge };
  }

  it('opens a 1:1 chat to nudge the next host, with Accept, Skip and Swap on the card', async () => {
    const { chat, nudge } = await nudgeAna();
    expect(h.connector.conversations.map((c) => c.id)).toEqual([chat]);
    expect(h.connector.conversations[0].parameters).toMatchObject({ isGroup: false, tenantId: TENANT, members: [{ id: ANA.id, name: ANA.name }], bot: { id: '28:curio-bot-id' } });
    expect(cardText(nudge.activity)).toContain('You’re up next to host the curiosity prompt');
    const titles = actions(card(nudge).body).map((a) => `${a.type} ${a.title}`);
    expect(titles).toEqual(['Action.ShowCard Accept', 'Action.Submit Accept', 'Action.Submit Skip', 'Action.ShowCard Swap', 'Action.Submit Ask them']);
    const swap = JSON.stringify(card(nudge).body);
    expect(swap).toContain('"type":"Input.ChoiceSet","id":"member"');
    expect(swap).toContain(`{"title":"Ben Okafor","value":"${BEN.id}"}`);
  });

  it('updates a clicked nudge in place so it cannot be clicked twice, and nudges the next member', async () => {
    const { chat, nudge } = await nudgeAna();
    const skip = actions(card(nudge).body).find((a) => a.title === 'Skip')!;
    h.connector.activities.length = 0;
    await h.post(h.activities.cardSubmit(ANA, nudge.id, skip.data as Element, { personalChatId: chat }));
    const [update] = h.connector.updates();
    expect(update).toMatchObject({ id: nudge.id, conversationId: chat });
    expect(actions(card(update).body)).toEqual([]);
    expect(cardText(update.activity)).not.toBe('');
    expect(h.connector.postedTo(chat)).toEqual([]); // the card says it; no second message
    await h.curio.deliver();
    const benChat = chatWith(BEN);
    expect(benChat).toBeDefined();
    expect(cardText(h.connector.postedTo(benChat!)[0].activity)).toContain('host the curiosity prompt');
  });

  it('posts the scheduled prompt proactively in the channel; the Answer form posts the answer in its thread', async () => {
    const { chat, nudge } = await nudgeAna();
    const accept = actions(card(nudge).body).find((a) => a.type === 'Action.Submit' && a.title === 'Accept')!;
    await h.post(h.activities.cardSubmit(ANA, nudge.id, { ...(accept.data as Element), prompt: '', own: 'What tool changed your week?' }, { personalChatId: chat }));
    h.connector.activities.length = 0;

    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    const [post] = h.connector.postedTo(CHANNEL);
    expect(post).toMatchObject({ kind: 'send', conversationId: CHANNEL });
    expect(cardText(post.activity)).toContain('What tool changed your week?');
    expect(cardText(post.activity)).toContain('Hosted by <at>Ana López</at>');
    expect(card(post).msteams.entities).toEqual([{ type: 'mention', text: '<at>Ana López</at>', mentioned: { id: ANA.id, name: ANA.name } }]);

    const submit = actions(card(post).body).find((a) => a.title === 'Post my answer')!;
    expect(submit.data).toMatchObject({ curioAction: 'answer.submit', curioForm: '1' });
    await h.post(h.activities.cardSubmit(BEN, post.id, { ...(submit.data as Element), text: 'A *shared* [board](https://evil.example) <at>all</at>' }, { channelId: CHANNEL }));
    await h.curio.deliver();
    const [answer] = h.connector.activities.filter((a) => a.conversationId === `${CHANNEL};messageid=${post.id}`);
    expect(cardText(answer.activity)).toContain('answered');
    // Member text stays text: no emphasis, link or mention can be injected.
    expect(JSON.stringify(card(answer).body)).toContain('A \\\\*shared\\\\* \\\\[board\\\\]\\\\(https://evil.example\\\\) \\\\<at\\\\>all\\\\</at\\\\>');
    expect(card(answer).msteams.entities).toEqual([{ type: 'mention', text: '<at>Ben Okafor</at>', mentioned: { id: BEN.id, name: BEN.name } }]);
  });

  it('counts a reply in the prompt’s thread as an answer', async () => {
    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    const [post] = h.connector.postedTo(CHANNEL).filter((a) => a.conversationId === CHANNEL);
    await h.post(h.activities.channelMessage(BEN, 'Mine: reading the incident reviews', { mentionBot: false, threadId: post.id }));
    const round = h.store.rounds.open(h.store.communities.byChannel('teams', TENANT, CHANNEL)!.id)!;
    expect(h.store.contributions.answerers(round.id)).toHaveLength(1);
  });

  it('takes an edited reply as the new answer, and a deleted one as withdrawn, each time', async () => {
    h.clock.set('2026-12-01T10:00:00Z');
    await h.curio.tick();
    const [post] = h.connector.postedTo(CHANNEL).filter((a) => a.conversationId === CHANNEL);
    const reply = h.activities.channelMessage(BEN, 'Mine: reading the incident reviews', { mentionBot: false, threadId: post.id });
    await h.post(reply);
    const round = h.store.rounds.open(h.store.communities.byChannel('teams', TENANT, CHANNEL)!.id)!;
    const ben = h.store.people.byUser('teams', TENANT, BEN.id)!;

    expect((await h.post(h.activities.messageUpdate(BEN, reply, 'Mine: pairing on the incident reviews'))).status).toBe(200);
    expect(h.store.contributions.answerFor(round.id, ben.id)?.text).toBe('Mine: pairing on the incident reviews');

    expect((await h.post(h.activities.messageDelete(BEN, reply))).status).toBe(200);
    expect(h.store.contributions.answerFor(round.id, ben.id)).toBeUndefined();
    expect(h.store.contributions.answerers(round.id)).toEqual([]);

    // Teams' "Undo" brings the message back as an edit; deleting it again withdraws it again.
    await h.post(h.activities.messageUpdate(BEN, reply, 'Mine: pairing on the incident reviews', '2026-11-30T08:11:00.000Z'));
    expect(h.store.contributions.answerers(round.id)).toEqual([ben.id]);
    await h.post(h.activities.messageDelete(BEN, reply, '2026-11-30T08:12:00.000Z'));
    expect(h.store.contributions.answerers(round.id)).toEqual([]);
  });
});
