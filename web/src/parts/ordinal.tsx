/** Said of a number Chancery counted itself (in order of start) rather than took from a source. */
export const DERIVED_ORDINAL = 'numbered by Chancery';

/** A term's number, marked when Chancery derived it (`ordinalSource`), on every page that shows one. */
export const Ordinal = ({ ordinal, source }: { ordinal: number | null; source: 'source' | 'derived' | null }) =>
  ordinal === null ? null : source === 'derived'
    ? <span class="derived" title={DERIVED_ORDINAL}>{ordinal}<sup aria-hidden="true">*</sup><span class="sr-only"> ({DERIVED_ORDINAL})</span></span>
    : <>{ordinal}</>;
