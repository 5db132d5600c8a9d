import { DataType, type Table } from 'apache-arrow';
import type { Row } from './types';

type Convert = (value: unknown) => unknown;

const identity: Convert = (v) => v;
const toNumber: Convert = (v) => (typeof v === 'bigint' ? Number(v) : v);
// DuckDB-WASM hands DATE and TIMESTAMP over as epoch milliseconds; DATE values are
// midnight UTC, so they must be read with UTC getters (see lib/time/day.ts).
const toDate: Convert = (v) => (v === null || v === undefined ? null : new Date(Number(v)));
const toPlain: Convert = (v) =>
  v !== null && typeof v === 'object' && 'toJSON' in v && typeof v.toJSON === 'function' ? (v.toJSON() as unknown) : v;

function converterFor(type: DataType): Convert {
  if (DataType.isDate(type) || DataType.isTimestamp(type)) return toDate;
  if (DataType.isInt(type) || DataType.isDecimal(type)) return toNumber;
  if (DataType.isList(type) || DataType.isStruct(type) || DataType.isMap(type)) return toPlain;
  return identity;
}

/** Turn an Arrow result into plain row objects, converting column by column. */
export function arrowToRows<T extends object = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((field, i) => ({
    name: field.name,
    vector: table.getChildAt(i),
    convert: converterFor(field.type),
  }));
  const rows: T[] = new Array<T>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const { name, vector, convert } of columns) {
      const value: unknown = vector?.get(r);
      row[name] = value === null || value === undefined ? null : convert(value);
    }
    rows[r] = row as T;
  }
  return rows;
}
