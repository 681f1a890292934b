/**
 * A message's permalink, built the way `chat.getPermalink` builds it (the workspace's URL from
 * `auth.test`, the channel, the ts without its dot, and the thread for a reply) rather than asked
 * for: one Web API call fewer on every answer, and nothing to wait for before it is recorded.
 */
export function messagePermalink(workspaceUrl: string, channelId: string, ts: string, threadTs?: string): string {
  const base = `${workspaceUrl.replace(/\/?$/, '/')}archives/${channelId}/p${ts.replace('.', '')}`;
  return threadTs && threadTs !== ts ? `${base}?thread_ts=${threadTs}&cid=${channelId}` : base;
}
