import type { CareerAnswer } from '../api.js';
import { dateText, lang, nameOf, spanText, t } from '../i18n.js';
import { OPEN_END } from '../messages.js';
import { Failure } from '../parts/failure.js';
import { DerivedOrdinalNote, OrdinalPhrase } from '../parts/ordinal.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';

type CareerTerm = CareerAnswer['terms'][number];
const KIND_KEY: Record<string, 'nameNative' | 'namePrimary' | 'nameMR' | 'nameRR' | 'namePress' | 'nameAlias'> = {
  native: 'nameNative', primary: 'namePrimary', 'mccune-reischauer': 'nameMR', 'revised-romanization': 'nameRR', press: 'namePress', alias: 'nameAlias',
};
/** The person's own values whose source the career answer names (`provenance`), by field. */
const PROVENANCE_KEY: Record<string, 'provenanceName' | 'provenanceNative' | 'provenanceBorn' | 'provenanceDied'> = {
  name: 'provenanceName', 'native-name': 'provenanceNative', born: 'provenanceBorn', died: 'provenanceDied',
};
/** A spelling Chancery generated is labelled so: the usual surname spellings it pairs are not a press source's words. */
const kindLabel = (n: { kind: string; generated: boolean }): string =>
  n.generated ? t('nameGenerated', { kind: n.kind === 'press' ? t('nameUsualSurname') : KIND_KEY[n.kind] ? t(KIND_KEY[n.kind]!) : n.kind }) : KIND_KEY[n.kind] ? t(KIND_KEY[n.kind]!) : n.kind;

/** A term's kind in plain words: nothing for an ordinary term. */
const kindText = (term: CareerTerm): string => {
  const kind = term.kind === 'acting' ? t('acting') : term.kind === 'cover' ? t('covering') : term.kind === 'nominated' ? t('nominatedNever') : '';
  return [kind, term.endReason].filter(Boolean).join(', ');
};

/** The holders before and after a term of the post, read from the post's table: who the person followed and who followed. */
const Neighbours = ({ post, person, terms }: { post: string; person: string; terms: readonly CareerTerm[] }) => {
  const { data } = useRead('/api/holders', { post });
  return (
    <>
      {terms.map((term) => {
        const i = data ? data.terms.findIndex((x) => x.appointmentId === term.appointmentId) : -1;
        const before = i > 0 ? data!.terms.slice(0, i).reverse().find((x) => x.person.id !== person) : undefined;
        const after = i >= 0 ? data!.terms.slice(i + 1).find((x) => x.person.id !== person) : undefined;
        return (
          <li key={term.appointmentId} class={`career-term ${term.kind}`} data-appointment={term.appointmentId}>
            <p class="career-post">
              <a href={href(`/post/${encodeURIComponent(term.post.id)}`)}>{term.post.currentName ?? term.post.name}</a>
              {term.ordinal ? <span class="muted"> <OrdinalPhrase ordinal={term.ordinal} source={term.ordinalSource} /></span> : null}
              {term.organization ? <span class="muted">, <a href={href(`/unit/${encodeURIComponent(term.organization.id)}`)}>{term.organization.name}</a></span> : null}
              {term.party ? <span class="party"> {t('forParty', { party: term.party })}</span> : null}
            </p>
            <p class="dates">{spanText(term.start, term.end)}{kindText(term) ? ` — ${kindText(term)}` : ''} <Sources sources={term.sources} /></p>
            {before || after ? (
              <p class="neighbours">
                {before ? <span class="predecessor">{t('predecessor')}: <a rel="prev" href={href(`/person/${encodeURIComponent(before.person.id)}`)}>{nameOf(before.person)}</a></span> : null}
                {before && after ? ' · ' : null}
                {after ? <span class="successor">{t('successor')}: <a rel="next" href={href(`/person/${encodeURIComponent(after.person.id)}`)}>{nameOf(after.person)}</a></span> : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </>
  );
};

/** The person's page in one sentence: the latest post, held now or until when. */
const answerOf = (data: CareerAnswer): string | null => {
  const served = data.terms.filter((term) => term.kind !== 'nominated');
  // The post held now with the latest known start, else the term that ended last.
  const open = served.filter((term) => term.end === OPEN_END).sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  const last = open[0] ?? [...served].sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  if (!last) return null;
  const name = nameOf(data.person);
  const post = last.post.currentName ?? last.post.name;
  if (last.end === OPEN_END) return last.start ? t('personNow', { name, post, since: dateText(last.start, 'month') }) : t('personNowNoStart', { name, post });
  return t('personWas', { name, post, from: dateText(last.start, 'month') || '?', to: dateText(last.end, 'month') || '?' });
};

/** A person: the career first (posts held, with who came before and after), then every name, dated, with sources. */
export const PersonPage = ({ id }: { id: string }) => {
  const { data, error } = useRead('/api/career', { person: id });
  if (error) return <Failure error={error} kind="person" />;
  if (!data) return <p aria-busy="true">{t('loading')}</p>;
  const p = data.person;
  const byPost = new Map<string, CareerTerm[]>();
  for (const term of data.terms) byPost.set(term.post.id, [...(byPost.get(term.post.id) ?? []), term]);
  const answer = answerOf(data);
  return (
    <article aria-labelledby="person-title">
      {/* In English the romanization leads with the Hangul beside it; in Korean the Hangul leads (nameOf). */}
      <h2 id="person-title">{nameOf(p)}{lang() === 'en' && p.nativeName ? <> <span lang="ko" class="native">{p.nativeName}</span></> : null}</h2>
      {answer ? <p class="answer" data-answer="person">{answer}</p> : null}
      {p.born || p.died ? <p>{p.born ? t('born', { date: dateText(p.born) }) : ''}{p.born && p.died ? '; ' : ''}{p.died ? t('died', { date: dateText(p.died) }) : ''}</p> : null}
      {/* Where each of the person's own values comes from (name, Hangul, birth, death), as `person --json` gives it. */}
      <ul class="provenance muted" aria-label={t('provenanceLabel')}>
        {Object.entries(data.provenance).map(([field, source]) => (
          <li key={field} data-field={field}>{PROVENANCE_KEY[field] ? t(PROVENANCE_KEY[field]!) : field}: <Sources sources={[source]} /></li>
        ))}
      </ul>
      <h3>{t('career')}</h3>
      {data.terms.length ? <ol class="career">{[...byPost].map(([post, terms]) => <Neighbours key={post} post={post} person={p.id} terms={terms} />)}</ol> : <p>{t('noPosts')}</p>}
      <DerivedOrdinalNote terms={data.terms} />
      {data.accreditations.length ? (
        <>
          <h3>{t('accreditations')}</h3>
          <ul>{data.accreditations.map((a, i) => <li key={i}>{a.subject.name}: {a.post.name}, {spanText(a.start, a.end)}</li>)}</ul>
        </>
      ) : null}
      <details class="names-box">
        <summary>{t('allNames', { count: data.names.length })}</summary>
        <table class="names">
          <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('nameKind')}</th><th scope="col">{t('inUse')}</th><th scope="col">{t('sourcesHeading')}</th></tr></thead>
          <tbody>
            {data.names.map((n, i) => (
              <tr key={i}>
                <td lang={n.lang ?? undefined}>{n.name}</td><td>{kindLabel(n)}</td>
                <td>{n.from || n.to ? spanText(n.from, n.to) : t('alwaysUsed')}</td>
                <td><Sources sources={[n.source]} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
};
