import { ByteWriter, ParquetWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import type { EventRow } from '../store/query/types.ts';
import { CODER_VERSION } from '../version.ts';
import { EVENT_COLUMNS, type ColumnKind, type ColumnValue, type EventColumn } from './columns.ts';

/**
 * Rows per row group. A row group is built in memory before it is written, so this bounds the
 * export's memory (about 10-20 MB of events), whatever the size of the store; readers such as
 * DuckDB and pandas read groups of this size without loss.
 */
export const PARQUET_ROW_GROUP_ROWS = 10_000;

/** Options for {@link eventsParquetChunks}. */
export interface EventsParquetOptions {
  /** Rows per row group (default {@link PARQUET_ROW_GROUP_ROWS}). */
  rowGroupRows?: number;
}

/**
 * A Parquet column's name: the CSV header in snake case (`Event ID` -> `event_id`), so the two
 * exports match column for column without quoting in SQL.
 *
 * @example
 * parquetName('Primary Actor Sector'); // 'primary_actor_sector'
 */
export function parquetName(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function schemaOf(name: string, kind: ColumnKind): SchemaElement[] {
  const optional = 'OPTIONAL' as const;
  if (kind === 'string') return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: optional }];
  if (kind === 'int') return [{ name, type: 'INT32', repetition_type: optional }];
  if (kind === 'double') return [{ name, type: 'DOUBLE', repetition_type: optional }];
  if (kind === 'bool') return [{ name, type: 'BOOLEAN', repetition_type: optional }];
  if (kind === 'date') return [{ name, type: 'INT32', converted_type: 'DATE', repetition_type: optional }];
  // The standard three-level list (parquet-format LogicalTypes.md), which pyarrow, DuckDB and R read as a list.
  return [
    { name, repetition_type: optional, converted_type: 'LIST', num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: optional },
  ];
}

const SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: EVENT_COLUMNS.length },
  ...EVENT_COLUMNS.flatMap((c) => schemaOf(parquetName(c.header), c.kind)),
];

const DAY_MS = 86_400_000;

/** A cell as the column's Parquet type wants it: a DATE is days since 1970-01-01. */
function parquetValue(kind: ColumnKind, value: ColumnValue): unknown {
  if (kind === 'date' && typeof value === 'string') return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
  return value;
}

function columnData(rows: readonly EventRow[]): ColumnSource[] {
  return EVENT_COLUMNS.map((c: EventColumn) => ({
    name: parquetName(c.header),
    data: rows.map((r) => parquetValue(c.kind, c.value(r, r))),
  }));
}

/**
 * The events as a Parquet file, in pieces: one row per event with its actors as list columns, the
 * columns of the CSV export (named in snake case) typed as dates, integers, booleans, text and lists
 * of text. Rows are taken a row group at a time and each group's bytes are yielded as soon as it is
 * encoded, so memory stays bounded by one row group whatever the number of events. Written by
 * hyparquet-writer (pure JavaScript, Snappy-compressed).
 *
 * @param rows - Events, e.g. from `iterateEvents`.
 * @param options - `rowGroupRows`.
 * @returns A generator of byte chunks whose concatenation is the file.
 * @example
 * for (const bytes of eventsParquetChunks(iterateEvents(store.db, {}))) out.write(bytes);
 */
export function* eventsParquetChunks(rows: Iterable<EventRow>, options: EventsParquetOptions = {}): Generator<Uint8Array> {
  const groupRows = options.rowGroupRows ?? PARQUET_ROW_GROUP_ROWS;
  const bytes = new ByteWriter();
  const parquet = new ParquetWriter({
    writer: bytes, schema: SCHEMA, createdBy: `dateline ${CODER_VERSION}`, kvMetadata: [{ key: 'dateline.version', value: CODER_VERSION }],
  });
  // The writer only appends and tracks positions by its running `offset`, so the bytes written so
  // far can be handed out and the buffer reused (hyparquet-writer's own file writer does the same).
  const take = (): Uint8Array => {
    const out = bytes.getBytes().slice();
    bytes.index = 0;
    return out;
  };
  let group: EventRow[] = [];
  for (const row of rows) {
    group.push(row);
    if (group.length < groupRows) continue;
    void parquet.write({ columnData: columnData(group), rowGroupSize: group.length });
    group = [];
    yield take();
  }
  if (group.length) void parquet.write({ columnData: columnData(group), rowGroupSize: group.length });
  void parquet.finish();
  yield take();
}
