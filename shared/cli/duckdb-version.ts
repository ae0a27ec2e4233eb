/** The exact @duckdb/node-api version the CLI's DuckDB route is tested with; package.json pins the same (a test checks). */
export const DUCKDB_VERSION = '1.5.6-r.1';
