import { describe, expect, it } from 'vitest';
import { refuseSql } from '../../../src/features/data-import/model/read-only-sql';

describe('refuseSql', () => {
  it.each([
    'SELECT 1',
    '  -- a comment\nWITH x AS (SELECT 1) SELECT * FROM x',
    '/* block */ describe signups',
    'SHOW TABLES',
    'SUMMARIZE signups',
    'EXPLAIN SELECT 1',
    '(SELECT 1)',
    'FROM signups',
  ])('lets a query through: %s', (sql) => {
    expect(refuseSql(sql)).toBeNull();
  });

  it.each([
    ['DROP TABLE signups', 'DROP'],
    ['insert into signups values (1)', 'INSERT'],
    ['-- looks harmless\nDELETE FROM signups', 'DELETE'],
    ['ATTACH \'x.db\'', 'ATTACH'],
    ['COPY signups TO \'x.csv\'', 'COPY'],
    ['SET threads = 1', 'SET'],
  ])('refuses %s, naming the statement', (sql, keyword) => {
    expect(refuseSql(sql)).toMatch(new RegExp(`Only read-only queries run here .*"${keyword}"`));
  });

  it('asks for a query when there is none', () => {
    expect(refuseSql('  -- nothing\n')).toMatch(/^Write a query first/);
  });
});
