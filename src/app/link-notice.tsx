import { useContext } from 'react';
import { checkLink } from '../lib/url/check-link';
import type { LinkProblem, NameKind } from '../lib/url/define-param';
import { KnownNamesContext } from '../lib/url/known-names';
import { useUrlSearch } from '../lib/url/use-url-param';
import { paramsOf } from './link-params';
import type { Section } from './sections';

const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join(', ');

/** "platform “Pixelfed”, region “Narnia”": each kind once, names in link order, no repeats. */
function describeMissing(problems: readonly Extract<LinkProblem, { kind: 'not-loaded' }>[]): string {
  const byKind = new Map<NameKind, Set<string>>();
  for (const p of problems) {
    const names = byKind.get(p.refersTo) ?? new Set<string>();
    p.names.forEach((n) => names.add(n));
    byKind.set(p.refersTo, names);
  }
  return [...byKind].map(([kind, names]) => `${kind} ${quoted([...names])}`).join(' and ');
}

/** The notice's sentences, or none when the whole link could be used. */
export function linkNoticeText(problems: readonly LinkProblem[]): string[] {
  const malformed = problems.filter((p) => p.kind === 'malformed');
  const missing = problems.filter((p) => p.kind === 'not-loaded');
  const sentences: string[] = [];
  if (malformed.length > 0) {
    const parts = malformed.map((p) => `${p.label} (${p.key}=“${p.raw}”)`);
    sentences.push(`Part of this link could not be read, so the default is shown instead: ${parts.join(', ')}.`);
  }
  if (missing.length > 0) {
    sentences.push(
      `This link shows data that is not loaded in this browser: ${describeMissing(missing)}. It was probably imported where the link was made — import the same file in the Data section to see it. Until then the view shows what is loaded.`,
    );
  }
  return sentences;
}

/** One polite notice naming every part of the current link the page could not use. */
export function LinkNotice({ section }: { section: Section }) {
  const search = useUrlSearch();
  const known = useContext(KnownNamesContext);
  const sentences = linkNoticeText(checkLink(search, paramsOf(section), known ?? undefined));
  if (sentences.length === 0) return null;
  return (
    <div className="missing-data-notice" role="status" aria-label="About this link">
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </div>
  );
}
