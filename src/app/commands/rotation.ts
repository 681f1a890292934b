import type { CommandEvent } from '../../ports/inbound';
import type { RichText } from '../../ports/message';
import type { Listener } from '../bot';
import { upcomingHosts, type HostState } from '../rotation/upcoming-hosts';
import { describeTime } from '../render/schedule-text';
import { messageOf, privately } from '../reply';

const STATE_WORDS: Record<HostState, string> = {
  proposed: 'up next by the rotation',
  nudged: 'asked, waiting for an answer',
  accepted: 'confirmed',
  skipped: 'passed on by someone, next in line',
  fallback: 'nobody free: Curio will host',
};

/** `rotation`: the next 4 rounds with each host's state. */
export const rotation: Listener<CommandEvent> = (ctx) => {
  const community = ctx.community!;
  const items: RichText[] = upcomingHosts(ctx, community, 4).map((h) => {
    const person = h.personId !== undefined ? ctx.store.people.byId(h.personId) : undefined;
    return [{ bold: describeTime(community, h.at) }, ': ', ...(person ? [{ user: person.userId }, ' — '] : []), STATE_WORDS[h.state]];
  });
  return privately(
    messageOf('Upcoming hosts', [
      { type: 'header', text: 'Upcoming hosts' },
      { type: 'list', items },
      { type: 'context', text: 'Hosting goes to whoever hosted least recently. `optout hosting` if you’d rather not; coordinators can `host assign @member`.' },
    ]),
  );
};
