/**
 * The real DuckDB-WASM engine in Node for the SQL tests: the same module the build's
 * landing-chart prerender uses (scripts/support/node-db.ts), so tests and build run the
 * exact queries the app runs on one engine set-up.
 */
export * from '../../scripts/support/node-db';
