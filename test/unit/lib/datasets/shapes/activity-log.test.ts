import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../../../src/lib/datasets/detect/detect-dialect';
import { planImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { detectActivityLog } from '../../../../../src/lib/datasets/shapes/activity-log-detect';

const split = (text: string) => text.split('\n').map((line) => line.split(','));
const detect = (text: string) => {
  const [header = [], ...body] = split(text);
  return detectActivityLog(header, body);
};
const plan = (text: string, fileName = 'acme.csv') =>
  planImport(text, detectDialect(text, 'utf-8'), undefined, fileName);

describe('activity log detection', () => {
  it('recognises user_id,event,timestamp with ISO Z times, every setting at its default', () => {
    const match = detect('user_id,event,timestamp\nu1,open,2024-03-01T09:00:00Z\nu2,post,2024-03-02T10:00:00Z');
    expect(match?.kind).toBe('events');
    expect(match?.shape).toEqual({
      kind: 'activity-log',
      user: 0,
      time: 2,
      event: 1,
      signup: null,
      zone: 'UTC',
      activityEvents: null,
      signupEvent: null,
      seenEvents: ['open', 'post'],
      fileColumns: ['user_id', 'event', 'timestamp'],
    });
    expect(match?.mapped).toEqual({ user_id: 0 });
    expect(Object.keys(match?.derived ?? {}).sort()).toEqual(['activity_date', 'signup_date']);
  });

  it('finds the columns by their other spellings, with Unix seconds, milliseconds and wall times', () => {
    const match = detect(
      'Distinct ID,Action,Event Time,Signed Up At,Platform,Region\n' +
        'a,open,1709598600,1709598600,Web,EU-27\nb,post,1709503200000,2024-03-01,Web,EU-27\nc,post,2024-03-02 08:15,2024-03-01 07:00,iOS,US',
    );
    expect(match?.shape).toMatchObject({ user: 0, event: 1, time: 2, signup: 3 });
    expect(match?.mapped).toEqual({ user_id: 0, platform: 4, region: 5 });
  });

  it('takes a user and a date column without an event column', () => {
    expect(detect('uid,date\nx,2024-01-01\ny,2024-01-02')?.shape).toMatchObject({ user: 0, time: 1, event: null });
  });

  it('still recognises a log whose first rows hold a few bad times', () => {
    expect(detect('user,time\na,yesterday\nb,2024-01-02T10:00Z\nc,2024-01-03T10:00Z')?.shape).toMatchObject({
      time: 1,
    });
  });

  it('declines files without a user column, or whose time column holds no times', () => {
    expect(detect('date,platform,mau\n2024-01-31,Acme,1000')).toBeNull();
    expect(detect('user_id,time\nu1,morning\nu2,evening')).toBeNull();
    expect(detect('user_id,score\nu1,12')).toBeNull();
  });

  it("leaves a file in the events schema's own columns, holding plain days, to the column-for-column path", () => {
    expect(
      detect('user_id,platform,region,signup_date,activity_date\nu1,Acme,global,2024-01-01,2024-01-02'),
    ).toBeNull();
    const own = plan('user_id,signup_date,activity_date\nu1,2024-01-01,2024-01-02\n');
    expect(own).toMatchObject({ kind: 'events', recognised: true, shape: { kind: 'columns' } });
    // The same columns with timestamps are a log to reshape.
    expect(detect('user_id,signup_date,activity_date\nu1,2024-01-01T10:00Z,2024-01-02T09:00Z')?.shape).toMatchObject({
      signup: 1,
      time: 2,
    });
  });

  it('plans an events import that needs no mapping: platform from the file name, kind reported', () => {
    const planned = plan('user_id,event,timestamp\nu1,open,2024-03-01T09:00:00Z\n', 'my-app.csv');
    expect(planned).toMatchObject({ kind: 'events', recognised: true, shape: { kind: 'activity-log' } });
    const byColumn = Object.fromEntries(planned.columns.map((c) => [c.column, c.derived ?? c.constant ?? c.source]));
    expect(byColumn).toEqual({
      user_id: 0,
      platform: 'my-app',
      region: 'global',
      signup_date: "each user's first activity day (or first signup event, as chosen above)",
      activity_date: 'the day of "timestamp" in the time zone chosen above',
      kind: 'reported',
    });
  });

  it('"Map columns myself": the same file planned without shapes is read column for column, nothing derived', () => {
    const text = 'user_id,event,timestamp\nu1,open,2024-03-01T09:00:00Z\n';
    const columns = planImport(text, detectDialect(text, 'utf-8'), 'events', 'my-app.csv', { shapes: false });
    expect(columns.shape).toEqual({ kind: 'columns' });
    expect(columns.kind).toBe('events');
    const byColumn = Object.fromEntries(columns.columns.map((c) => [c.column, c.derived ?? c.constant ?? c.source]));
    // user_id maps by name; the days are the user's to map (the file has no signup or activity day column).
    expect(byColumn).toMatchObject({ user_id: 0, signup_date: null, activity_date: null });
    expect(columns.columns.some((c) => c.derived !== undefined)).toBe(false);
  });
});
