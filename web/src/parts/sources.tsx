import { t } from '../i18n.js';

interface SourceLike {
  id: string;
  title: string;
  url: string | null;
  kind?: string;
}

/** A fact's sources, one click away: every fact can show where it comes from. */
export const Sources = ({ sources }: { sources: readonly SourceLike[] }) => {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return null;
  return (
    <details class="sources">
      <summary>{t('sources', { count: unique.length })}</summary>
      <ul>
        {unique.map((s) => (
          <li key={s.id}>
            {s.url ? <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">{s.title}</a> : <span>{s.title}</span>}
            {s.kind === 'derived' ? <span class="muted"> {t('derivedSource')}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
};
