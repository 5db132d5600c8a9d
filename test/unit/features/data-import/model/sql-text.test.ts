import { describe, expect, it } from 'vitest';
import { splitSqlError } from '../../../../../src/features/data-import/model/sql-error';
import {
  explainTarget,
  firstWord,
  pragmaName,
  skipComments,
} from '../../../../../src/features/data-import/model/sql-statement';
import { planRootName } from '../../../../../src/features/data-import/api/statement-kind';

describe('splitSqlError', () => {
  it("reads the line and column once from DuckDB's doubled context", () => {
    const text =
      'Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^\n\nLINE 1: SELEC 1\n        ^';
    expect(splitSqlError(text)).toEqual({
      message: 'Parser Error: syntax error at or near "SELEC"',
      position: { line: 1, column: 1, excerpt: 'SELEC 1\n^' },
    });
  });

  it('reads a later line and column', () => {
    const text =
      'Binder Error: Referenced column "b" not found in FROM clause!\nCandidate bindings: "a"\n\nLINE 2:   b FROM t\n          ^';
    expect(splitSqlError(text)).toEqual({
      message: 'Binder Error: Referenced column "b" not found in FROM clause!\nCandidate bindings: "a"',
      position: { line: 2, column: 3, excerpt: '  b FROM t\n  ^' },
    });
  });

  it('gives no column for a window of a long line', () => {
    const text = 'Binder Error: x\n\nLINE 1: ...FROM notez\n                 ^';
    expect(splitSqlError(text).position).toEqual({ line: 1, column: null, excerpt: '...FROM notez\n         ^' });
  });

  it('keeps a message without a position as it is', () => {
    expect(splitSqlError("Conversion Error: Could not convert string 'x' to INT32 ")).toEqual({
      message: "Conversion Error: Could not convert string 'x' to INT32",
      position: null,
    });
  });
});

describe('statement text helpers (routing only)', () => {
  it('skips whitespace and both kinds of comment', () => {
    expect(skipComments('  -- a\n /* b\n c */ \n SELECT 1')).toBe('SELECT 1');
    expect(skipComments(' -- only\n')).toBe('');
  });

  it('finds the statement an EXPLAIN describes', () => {
    expect(explainTarget('EXPLAIN SELECT 1')).toBe('SELECT 1');
    expect(explainTarget('-- c\nexplain analyze SELECT 1')).toBe('SELECT 1');
    expect(explainTarget("EXPLAIN ANALYZE VERBOSE COPY t TO 'x'")).toBe("COPY t TO 'x'");
    expect(explainTarget('EXPLAIN (FORMAT json) DELETE FROM t')).toBe('DELETE FROM t');
    expect(explainTarget('SELECT 1')).toBeNull();
  });

  it('names a PRAGMA call but not a PRAGMA assignment', () => {
    expect(pragmaName('PRAGMA version')).toBe('version');
    expect(pragmaName("pragma Table_Info('t');")).toBe('table_info');
    expect(pragmaName('PRAGMA threads = 1')).toBeNull();
    expect(pragmaName('PRAGMA version x')).toBeNull();
    expect(pragmaName('SELECT 1')).toBeNull();
  });

  it('gives the first word as written', () => {
    expect(firstWord('/* x */ drop table t')).toBe('drop');
    expect(firstWord('(SELECT 1)')).toBe('');
  });

  it('reads the root operator of a JSON plan', () => {
    expect(planRootName('[{"name": "COPY_TO_FILE", "children": []}]')).toBe('COPY_TO_FILE');
    expect(planRootName('not json')).toBeNull();
    expect(planRootName('[]')).toBeNull();
  });
});
