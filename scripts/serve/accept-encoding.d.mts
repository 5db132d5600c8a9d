/** Codings the build writes, in the server's order of preference. */
export const ENCODINGS: readonly { readonly coding: 'br' | 'gzip'; readonly suffix: string }[];
/** Accept-Encoding → coding (lower case) → q-value; malformed members are ignored. */
export function parseAcceptEncoding(header: string | undefined): Map<string, number>;
/** The coding to send among `available` and identity: highest q, ties to br, gzip, identity. */
export function chooseEncoding(header: string | undefined, available: readonly string[]): 'br' | 'gzip' | 'identity';
