import { COMMANDS } from '../../../src/domain/grammar';
import { openDatabase } from '../../../src/storage/db';
import { Store } from '../../../src/storage/store';
import { runConsole } from './console-run';

const SORRY = 'something went wrong';
// A Wednesday evening: the first prompt (Tuesdays 10:00 in Paris) is six days away.
const WEDNESDAY = Date.parse('2026-11-25T21:00:00Z');

describe('a real console session with the whole core', () => {
  it('sets up, enrols members, nudges the host, posts the prompt and takes answers', async () => {
    const store = new Store(openDatabase(':memory:'));
    const { output } = await runConsole(
      [
        'setup tz=Europe/Paris day=tue time=10:00',
        ':as alice',
        'join',
        ':as bob',
        'join',
        ':me',
        'host assign @alice',
        ':advance 3d',
        ':as alice',
        ':click accept',
        ':advance 4d',
        ':as bob',
        ':click answer I learned to splice rope',
        ':as alice',
        'answer Bowlines hold',
        ':who',
      ],
      { store, realNow: WEDNESDAY },
    );
    expect(output).not.toContain(SORRY);
    // setup posts in the channel and offers its settings form.
    expect(output).toMatch(/#community · Curio\n[^\n]*Curio is set up/);
    // The nudge reaches alice by DM ahead of the round; accepting replaces it.
    expect(output).toMatch(/\(DM to alice\) · Curio · Sat 28 Nov \d\d:\d\d\n[\s\S]*\[\d+\] Accept/);
    expect(output).toMatch(/\(DM to alice\) · Curio · Sat 28 Nov \d\d:\d\d · \(updated\)/);
    // The prompt post arrives at 10:00 Paris time on Tuesday, with its Answer button.
    expect(output).toMatch(/#community · Curio · Tue 1 Dec 10:00 · m\d+\n[\s\S]*@alice[\s\S]*\[\d+\] Answer/);
    // Both answers count (bob's by the button's form, alice's by the command) and show in the thread.
    expect(output).toMatch(/#community › thread of m\d+ "[^"]+" · Curio[^\n]*\n[\s\S]*I learned to splice rope/);
    expect(output).toContain('Bowlines hold');
    expect(output).toContain('Members of #community: you (coordinator), alice, bob. You are acting as alice.');
    const answers = store.db.prepare("SELECT p.user_id FROM contributions c JOIN people p ON p.id = c.person_id WHERE c.kind = 'answer' ORDER BY p.user_id").all();
    expect(answers).toEqual([{ user_id: 'alice' }, { user_id: 'bob' }]);
  });

  it('enrols people who join the channel, and lets them go when they leave it', async () => {
    const { output } = await runConsole(['setup', ':joins carol', ':joins dave', ':leaves dave', ':joins', ':who'], { realNow: WEDNESDAY });
    expect(output).toContain('carol joined #community.');
    expect(output).toContain('dave left #community.');
    expect(output).toContain(`"" can't be a member's name: use letters, digits, _ . or - (up to 32), e.g. :joins alice`);
    expect(output).toContain('Members of #community: you (coordinator), carol.');
  });

  it('gives every verb a clean answer, typed as it is', async () => {
    const lines = ['setup tz=Europe/Paris', ...COMMANDS.map((c) => (c.sub ? `${c.verb} ${c.sub}` : c.verb))];
    const { output } = await runConsole(lines, { realNow: WEDNESDAY });
    expect(output).not.toContain(SORRY);
    // One reply (or error) per line, each headed by who it is for.
    expect(output.match(/\n\((only visible to you|DM to you)\) · Curio/g)!.length).toBeGreaterThanOrEqual(COMMANDS.length);
  });
});
