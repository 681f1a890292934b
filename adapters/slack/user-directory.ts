/**
 * Who a Slack user is (display name, time zone), from users.info, cached. Commands carry only the
 * user id; the core uses the zone as the default for `setup` and `away`. A lookup never holds up an
 * acknowledgement for long: after `budgetMs` the command goes on without it.
 */
import type { webApi } from '@slack/bolt';
import type { Clock } from '../../src/ports/clock';

export interface UserProfile {
  name?: string;
  timeZone?: string;
}

const TTL_MS = 6 * 3_600_000;
const MAX_ENTRIES = 10_000;

export class UserDirectory {
  private readonly cache = new Map<string, { profile: UserProfile; at: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly clock: Clock,
    private readonly budgetMs = 800,
  ) {}

  async lookup(userId: string): Promise<UserProfile> {
    const cached = this.cache.get(userId);
    if (cached && this.clock.now() - cached.at < TTL_MS) return cached.profile;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<UserProfile>((resolve) => (timer = setTimeout(() => resolve({}), this.budgetMs)));
    try {
      return await Promise.race([this.fetch(userId), giveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async fetch(userId: string): Promise<UserProfile> {
    try {
      const { user } = await this.client.users.info({ user: userId });
      const profile = { name: user?.profile?.display_name || user?.real_name || user?.name || undefined, timeZone: user?.tz || undefined };
      if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(userId, { profile, at: this.clock.now() });
      return profile;
    } catch {
      return {}; // not worth failing a command over: the core has defaults
    }
  }
}
