import { t } from '../i18n.js';

/**
 * A term's number, marked where Chancery counted it itself in order of start (`ordinalSource` 'derived') rather than
 * took it from a source: the same mark on every page that shows a number (post, person, timeline), as the CLI marks it.
 */
export const Ordinal = ({ ordinal, source }: { ordinal: number; source: 'source' | 'derived' | null }) => {
  if (source !== 'derived') return <>{ordinal}</>;
  const derived = t('derivedOrdinal');
  return <span class="derived" title={derived}>{ordinal}<sup aria-hidden="true">*</sup><span class="sr-only"> ({derived})</span></span>;
};

/** The note under a list whose numbers Chancery counted: what the asterisk means. */
export const DerivedOrdinalNote = ({ terms }: { terms: readonly { ordinalSource: 'source' | 'derived' | null }[] }) =>
  terms.some((term) => term.ordinalSource === 'derived') ? <p class="muted note">* {t('derivedOrdinalNote', { what: t('derivedOrdinal') })}</p> : null;

/** The number inside the language's words for it ("(no. 3)", "(제3대)"), marked as `Ordinal` marks it. */
export const OrdinalPhrase = ({ ordinal, source }: { ordinal: number; source: 'source' | 'derived' | null }) => {
  const HOLE = '\u0000';
  const [before = '', after = ''] = t('ordinal', { n: HOLE }).split(HOLE);
  return <>{before}<Ordinal ordinal={ordinal} source={source} />{after}</>;
};
