// Content negotiation for the precompressed copies the build writes beside each asset.

/** Codings the build writes, in the server's order of preference (smallest first). */
export const ENCODINGS = Object.freeze([
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
]);

/**
 * Parse an Accept-Encoding header into coding → q-value (RFC 9110 §12.5.3). Malformed
 * members are ignored, never thrown on: the header is client input.
 */
export function parseAcceptEncoding(header) {
  const weights = new Map();
  for (const member of String(header ?? '').split(',')) {
    const [name = '', ...params] = member.split(';').map((part) => part.trim().toLowerCase());
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.exec(param);
      if (match) q = Number(match[1]);
    }
    // A coding listed twice keeps its first weight.
    if (!weights.has(name)) weights.set(name, q);
  }
  return weights;
}

/**
 * Pick the coding to send: the highest q-value among `available` codings (names from
 * ENCODINGS), ties going to the earlier one in ENCODINGS (br before gzip). A coding not
 * listed takes the weight of `*`, else 0. Identity is the fallback when no available
 * coding is acceptable, and wins only when listed with a higher weight than the best
 * coding (RFC 9110 makes it acceptable by default, not preferred). Returns 'identity'
 * or a coding name.
 */
export function chooseEncoding(header, available) {
  const weights = parseAcceptEncoding(header);
  let best = 'identity';
  let bestQ = 0;
  for (const { coding } of ENCODINGS) {
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (available.includes(coding) && q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return (weights.get('identity') ?? 0) > bestQ ? 'identity' : best;
}
