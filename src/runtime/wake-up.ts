import cron from 'node-cron';

/**
 * node-cron only wakes the process once a minute; what is due is decided from the database by
 * `tick`, so nothing depends on a timer having fired (node-cron does not catch up after downtime).
 */
export function wakeEveryMinute(tick: () => Promise<void>): { stop(): void } {
  let ticking = false;
  const task = cron.schedule('* * * * *', async () => {
    if (ticking) return; // a slow tick is still delivering: the next wake-up will catch up
    ticking = true;
    try {
      await tick();
    } finally {
      ticking = false;
    }
  });
  return { stop: () => void task.destroy() };
}
