import type { ApiError } from '../api.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

const DATE_FIELDS = new Set(['at', 'from', 'to', 'in']);

/** The app's own page for an address it has no view for, or an id the registry does not know. */
export const NotFound = ({ what, detail }: { what: 'page' | 'organization' | 'person' | 'post' | 'unit'; detail?: string }) => (
  <article aria-labelledby="failure-title" class="failure">
    <h2 id="failure-title">{t(what === 'page' ? 'notFoundPage' : 'notFoundId', { kind: t(`kind_${what}`) })}</h2>
    {detail ? <p class="muted">{detail}</p> : null}
    <p>{t('notFoundHelp')}</p>
    <ul>
      <li><a href={href('/')}>{t('startPage')}</a></li>
      <li><a href={href('/search')}>{t('navSearch')}</a></li>
    </ul>
  </article>
);

/** What went wrong with a read, in the app's words: an unknown id, a date it cannot read, or the API's message. */
export const Failure = ({ error, kind }: { error: ApiError; kind: 'organization' | 'person' | 'post' | 'unit' | null }) => {
  if (error.code === 'NOT_FOUND' && kind) return <NotFound what={kind} detail={error.message} />;
  if (error.code === 'INVALID_DATE' || (error.field && DATE_FIELDS.has(error.field) && error.status === 400)) {
    return (
      <article aria-labelledby="failure-title" class="failure">
        <h2 id="failure-title">{t('invalidDate')}</h2>
        <p role="alert">{error.message}</p>
        <p>{t('invalidDateHelp')}</p>
        <p><a href={href(location.pathname, { at: undefined })}>{t('today')}</a></p>
      </article>
    );
  }
  return <p role="alert" class="error">{error.message}</p>;
};
