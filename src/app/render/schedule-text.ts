import { dayName, type Community, type CommunitySettings } from '../../domain/community';
import { describeInstant } from '../../domain/schedule';

/** "Tuesdays at 10:00 (Europe/Paris), every week". */
export function describeSchedule(settings: Pick<CommunitySettings, 'promptDay' | 'promptTime' | 'timeZone' | 'cadence'>): string {
  const every = settings.cadence === 'weekly' ? 'every week' : 'every other week';
  return `${dayName(settings.promptDay)}s at ${settings.promptTime} (${settings.timeZone}), ${every}`;
}

export function describeTime(community: Pick<Community, 'timeZone'>, instant: number): string {
  return `${describeInstant(instant, community.timeZone)} (${community.timeZone})`;
}
