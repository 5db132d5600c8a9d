import type { KnownNames, LinkProblem, ParamInfo } from './define-param';

/**
 * Every part of a link that cannot be used: values the params' codecs reject and, once the
 * loaded data is known, names it does not hold. Keys no param declares are ignored.
 */
export function checkLink(search: string, params: readonly ParamInfo[], known?: KnownNames): LinkProblem[] {
  const query = new URLSearchParams(search);
  return params.flatMap((param) => param.check(query.get(param.key), known) ?? []);
}
