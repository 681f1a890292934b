import type { Db } from './db';
import { readCache } from './read-cache';
import { statement } from './statements';
import type { Community, CommunitySettings } from '../domain/community';

interface Row {
  id: number;
  platform: string;
  workspace_id: string;
  channel_id: string;
  time_zone: string;
  prompt_day: number;
  prompt_time: string;
  cadence: 'weekly' | 'biweekly';
  anchor_week: string;
  close_hours: number | null;
  nudge_lead_hours: number;
  spotlight_cadence: 'weekly' | 'monthly' | 'off';
  spotlight_day: number;
  spotlight_time: string;
  digest_day: number;
  digest_time: string;
  digest_channel_id: string | null;
  kudos_emoji: string;
  paused: number;
  created_at: number;
}

function toCommunity(r: Row): Community {
  return {
    id: r.id,
    platform: r.platform,
    workspaceId: r.workspace_id,
    channelId: r.channel_id,
    timeZone: r.time_zone,
    promptDay: r.prompt_day,
    promptTime: r.prompt_time,
    cadence: r.cadence,
    anchorWeek: r.anchor_week,
    closeHours: r.close_hours,
    nudgeLeadHours: r.nudge_lead_hours,
    spotlightCadence: r.spotlight_cadence,
    spotlightDay: r.spotlight_day,
    spotlightTime: r.spotlight_time,
    digestDay: r.digest_day,
    digestTime: r.digest_time,
    digestChannelId: r.digest_channel_id,
    kudosEmoji: r.kudos_emoji,
    paused: r.paused === 1,
    createdAt: r.created_at,
  };
}

const settingsColumns = (s: CommunitySettings) => ({
  time_zone: s.timeZone,
  prompt_day: s.promptDay,
  prompt_time: s.promptTime,
  cadence: s.cadence,
  close_hours: s.closeHours,
  nudge_lead_hours: s.nudgeLeadHours,
  spotlight_cadence: s.spotlightCadence,
  spotlight_day: s.spotlightDay,
  spotlight_time: s.spotlightTime,
  digest_day: s.digestDay,
  digest_time: s.digestTime,
  digest_channel_id: s.digestChannelId,
  kudos_emoji: s.kudosEmoji,
});

const SETTINGS_ASSIGNMENTS = Object.keys(settingsColumns({} as CommunitySettings))
  .map((column) => `${column} = @${column}`)
  .join(', ');

export class CommunityRepo {
  constructor(private readonly db: Db) {}

  byChannel(platform: string, workspaceId: string, channelId: string): Community | undefined {
    const row = readCache(this.db).get('SELECT * FROM communities WHERE platform = ? AND workspace_id = ? AND channel_id = ?', platform, workspaceId, channelId) as Row | undefined;
    return row && toCommunity(row);
  }

  byId(id: number): Community | undefined {
    const row = readCache(this.db).get('SELECT * FROM communities WHERE id = ?', id) as Row | undefined;
    return row && toCommunity(row);
  }

  /** Every community, paused or not; the scheduler skips paused ones itself. */
  all(): Community[] {
    return (statement(this.db, 'SELECT * FROM communities ORDER BY id').all() as Row[]).map(toCommunity);
  }

  create(input: { platform: string; workspaceId: string; channelId: string; anchorWeek: string; createdAt: number; settings: CommunitySettings }): Community {
    const info = statement(this.db, 
        `INSERT INTO communities (platform, workspace_id, channel_id, anchor_week, created_at, ${Object.keys(settingsColumns(input.settings)).join(', ')})
         VALUES (@platform, @workspace_id, @channel_id, @anchor_week, @created_at, ${Object.keys(settingsColumns(input.settings)).map((c) => `@${c}`).join(', ')})`,
      )
      .run({
        platform: input.platform,
        workspace_id: input.workspaceId,
        channel_id: input.channelId,
        anchor_week: input.anchorWeek,
        created_at: input.createdAt,
        ...settingsColumns(input.settings),
      });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  updateSettings(id: number, settings: CommunitySettings, anchorWeek: string): void {
    statement(this.db, `UPDATE communities SET ${SETTINGS_ASSIGNMENTS}, anchor_week = @anchor_week WHERE id = @id`).run({ id, anchor_week: anchorWeek, ...settingsColumns(settings) });
  }

  setPaused(id: number, paused: boolean): void {
    statement(this.db, 'UPDATE communities SET paused = ? WHERE id = ?').run(paused ? 1 : 0, id);
  }
}
