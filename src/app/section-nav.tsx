import type { MouseEvent } from 'react';
import { useUrlSearch } from '../lib/url/use-url-param';
import { SECTIONS, SECTION_TITLES, sectionParam, type Section } from './sections';

/** The current link with another section: what opening a section in a new tab should show. */
export function sectionHref(search: string, section: Section): string {
  const params = new URLSearchParams(search);
  const { text } = sectionParam.update(section);
  if (text === null) params.delete(sectionParam.key);
  else params.set(sectionParam.key, text);
  const query = params.toString();
  return query === '' ? '?' : `?${query}`;
}

/** A plain left click; with a modifier key or another button the browser opens a tab or window. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** Links to each section; following one is a history entry (see `sectionParam`). */
export function SectionNav({ section, onSelect }: { section: Section; onSelect: (section: Section) => void }) {
  const search = useUrlSearch();
  return (
    <nav className="app-nav" aria-label="Sections">
      {SECTIONS.map((s) => (
        <a
          key={s}
          href={sectionHref(search, s)}
          aria-current={s === section ? 'page' : undefined}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            onSelect(s);
          }}
        >
          {SECTION_TITLES[s]}
        </a>
      ))}
    </nav>
  );
}
