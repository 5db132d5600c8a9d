/** Lifecycle and stickiness figures recomputed from an activity log's CSV text in plain TypeScript. */
const DAY_MS = 86_400_000;
const mondayOf = (iso: string) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
};

/**
 * An independent reference for the lifecycle figures (SQL and browser tests): growth
 * accounting user by user from a log's CSV text, not from any table the app builds. A
 * user's weeks are the Mondays of their active days on or after their first signup day;
 * a user is dormant the week after each active week not followed by another, up to the
 * week holding the platform's last logged day.
 */
export function referenceLifecycle(csv: string): Map<string, [number, number, number, number]> {
  // Keys are `platform YYYY-MM-DD` (the Monday); values new, returning, resurrecting, dormant.
  const [, ...lines] = csv.trim().split('\n');
  const signup = new Map<string, string>();
  const days = new Map<string, string[]>();
  for (const line of lines) {
    const [user, platform, , signupDay, activity] = line.split(',') as [string, string, string, string, string];
    const key = `${platform}|${user}`;
    if (!signup.has(key) || signupDay < signup.get(key)!) signup.set(key, signupDay);
    days.set(key, [...(days.get(key) ?? []), activity]);
  }
  const lastDay = new Map<string, string>();
  for (const [key, list] of days) {
    const platform = key.split('|')[0]!;
    for (const d of list) if ((lastDay.get(platform) ?? '') < d) lastDay.set(platform, d);
  }
  const counts = new Map<string, [number, number, number, number]>();
  const bump = (platform: string, week: number, state: number) => {
    const key = `${platform} ${new Date(week).toISOString().slice(0, 10)}`;
    const c = counts.get(key) ?? [0, 0, 0, 0];
    c[state]! += 1;
    counts.set(key, c);
  };
  for (const [key, list] of days) {
    const platform = key.split('|')[0]!;
    const last = mondayOf(lastDay.get(platform)!);
    const weeks = [...new Set(list.filter((d) => d >= signup.get(key)!).map(mondayOf))].sort((a, b) => a - b);
    weeks.forEach((w, i) => {
      const prev = weeks[i - 1];
      bump(platform, w, prev === undefined ? 0 : prev === w - 7 * DAY_MS ? 1 : 2);
      const next = weeks[i + 1];
      if ((next === undefined || next > w + 7 * DAY_MS) && w + 7 * DAY_MS <= last) bump(platform, w + 7 * DAY_MS, 3);
    });
  }
  return counts;
}

/** Each user's distinct active days on or after their first signup, and each platform's last logged day. */
function activity(csv: string) {
  const [, ...lines] = csv.trim().split('\n');
  const signup = new Map<string, string>();
  const rows = lines.map((l) => l.split(',') as [string, string, string, string, string]);
  for (const [user, platform, , day] of rows) {
    const key = `${platform}|${user}`;
    if (!signup.has(key) || day < signup.get(key)!) signup.set(key, day);
  }
  const days = new Map<string, Set<string>>();
  const lastDay = new Map<string, string>();
  for (const [user, platform, , , active] of rows) {
    const key = `${platform}|${user}`;
    if ((lastDay.get(platform) ?? '') < active) lastDay.set(platform, active);
    if (active < signup.get(key)!) continue;
    days.set(key, (days.get(key) ?? new Set()).add(active));
  }
  return { days, lastDay };
}

/**
 * DAU/MAU per `platform YYYY-MM`: user-days of the month ÷ the days the log covers in it
 * (from the platform's first active day to its last logged day) ÷ the month's active users.
 */
export function referenceDauMau(csv: string): Map<string, number> {
  const { days, lastDay } = activity(csv);
  const firstDay = new Map<string, string>();
  const userDays = new Map<string, number>();
  const users = new Map<string, Set<string>>();
  for (const [key, set] of days) {
    const platform = key.split('|')[0]!;
    for (const day of set) {
      if ((firstDay.get(platform) ?? '9999') > day) firstDay.set(platform, day);
      const month = `${platform} ${day.slice(0, 7)}`;
      userDays.set(month, (userDays.get(month) ?? 0) + 1);
      users.set(month, (users.get(month) ?? new Set()).add(key));
    }
  }
  const ratios = new Map<string, number>();
  for (const [month, total] of userDays) {
    const [platform, ym] = month.split(' ') as [string, string];
    const start = Date.parse(`${ym}-01T00:00:00Z`);
    const end = Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0);
    const from = Math.max(start, Date.parse(`${firstDay.get(platform)!}T00:00:00Z`));
    const to = Math.min(end, Date.parse(`${lastDay.get(platform)!}T00:00:00Z`));
    const covered = (to - from) / DAY_MS + 1;
    ratios.set(month, total / covered / users.get(month)!.size);
  }
  return ratios;
}

/** Users per `platform n`: active on exactly n of the platform's last 30 logged days. */
export function referenceActiveDays(csv: string): Map<string, number> {
  const { days, lastDay } = activity(csv);
  const counts = new Map<string, number>();
  for (const [key, set] of days) {
    const platform = key.split('|')[0]!;
    const end = Date.parse(`${lastDay.get(platform)!}T00:00:00Z`);
    const n = [...set].filter((d) => {
      const t = Date.parse(`${d}T00:00:00Z`);
      return t <= end && t > end - 30 * DAY_MS;
    }).length;
    if (n > 0) counts.set(`${platform} ${n}`, (counts.get(`${platform} ${n}`) ?? 0) + 1);
  }
  return counts;
}
