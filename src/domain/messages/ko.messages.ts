import { type Named, OPEN_END, type SourceNamed, type TermNamed } from '../reasons.js';
import type { Catalogue } from './catalogue.js';

const names = (xs: readonly Named[], separator: string): string => xs.map((x) => x.name).join(separator);
const titles = (xs: readonly SourceNamed[]): string => xs.map((s) => s.title).join('; ');
const term = (t: TermNamed): string => `${t.post.name} ${t.person.name}`;
const span = (start: string | null, end: string | null): string => `${start ?? '?'}–${end ?? '?'}`;

/** The reasons in Korean: what the web app shows when its language is Korean (names stay as the registry writes them). */
export const ko: Catalogue = {
  // A post on a date.
  'post-not-existing': ({ post, at, from, to }) =>
    `${at}에는 ${post.name} 직위가 없었습니다${from ? ` (${from}${to ? `부터 ${to}까지` : '부터'} 존재)` : to ? ` (${to}까지 존재)` : ''}`,
  'seats-all-held': () => '재임 기간이 불확실한 다른 사람은 제외했습니다: 모든 자리가 채워져 있었습니다',
  'no-certain-holder': ({ at, doubts }, say) =>
    doubts.length ? `${at}에 확실한 재임자가 없습니다: ${doubts.map(say).join('; ')}` : `${at}의 모든 날에 걸쳐 확실한 재임자가 없습니다`,
  'vacant-between': ({ after, before }) =>
    `${after.person.name}의 임기(${after.end ?? '?'} 종료)와 ${before.person.name}의 임기(${before.start ?? '?'} 시작) 사이의 공석`,
  'no-record': () => '이 기간의 재임자 기록이 없습니다',
  // Why a holder is not certain.
  'dates-disputed': ({ person }) => `${person.name}의 재임 날짜에 대해 출처들의 기록이 서로 다릅니다`,
  'known-until': ({ person, asOf }) => `${person.name}의 임기는 가장 최근 출처의 날짜인 ${asOf}까지만 알려져 있습니다`,
  'start-unrecorded': ({ person }) => `${person.name}의 취임일이 기록되지 않았습니다`,
  'dates-partial': ({ person }) => `${person.name}의 날짜가 부분적으로만 알려져 있습니다`,
  // Routing.
  'subject-ended': ({ subject, at, ended, successors }) =>
    `${at}에는 ${subject.name}이(가) 존재하지 않았습니다: ${ended}에 소멸했습니다${successors.length ? `; 승계국: ${names(successors, ', ')}` : ''}. ` +
    '이에 대한 담당은 다른 나라에 대한 담당이 아닙니다.',
  'subject-not-begun': ({ subject, at, began }) =>
    `${at}에는 ${subject.name}이(가) 존재하지 않았습니다: ${began ?? '?'}에야 생겨났습니다. 이에 대한 담당은 다른 나라에 대한 담당이 아닙니다.`,
  'unit-not-existing': ({ unit, subject, at, from }) =>
    `${unit.name}이(가) ${subject.name} 담당으로 기록되어 있지만 ${at}에는 존재하지 않았습니다${from ? ` (${from}부터 존재)` : ''}: ` +
    '조직이 아직 설립되지 않았거나 폐지되었습니다.',
  'not-covered': ({ subject, at, within }) => `${at}에 ${within ? `${within.name} 안에서 ` : ''}${subject.name}을(를) 담당한 부서가 기록되어 있지 않습니다.`,
  responsible: ({ unit, subject, via, at, sources, chain }) =>
    `${at}에 ${via ? `${subject.name}을(를) 포함하는 ${via.name}` : subject.name}은(는) ${unit.name}이(가) 담당합니다 (출처: ${titles(sources)}); ` +
    `지휘 계통: ${names(chain, ' → ')}.`,
  'possibly-responsible': ({ unit, subject, via, at, sources, chain }) =>
    `${at}에 ${via ? `${subject.name}을(를) 포함하는 ${via.name}` : subject.name}은(는) ${unit.name}이(가) 담당했을 수 있습니다 ` +
    `(출처의 날짜가 열려 있음; 출처: ${titles(sources)}); 지휘 계통: ${names(chain, ' → ')}.`,
  'sources-disagree': ({ subject, units }) => `출처들의 기록이 다릅니다: ${subject.name}을(를) 동시에 ${units}개 부서가 담당한다고 합니다.`,
  'change-unplaced': ({ subject, at }) =>
    `${at}은(는) 날짜가 부분적으로만 알려진 담당 변경 기간에 속합니다: 그날 ${subject.name}을(를) 어느 부서가 담당했는지 알 수 없습니다.`,
  // Data checks.
  'end-before-start': (r) => `${term(r.term)}: 종료일 ${r.end}이(가) 시작일 ${r.start}보다 늦지 않습니다`,
  'term-after-death': (r) => `${term(r.term)}: 임기가 ${r.end === null || r.end === OPEN_END ? '끝나지 않았는데(아직 열림)' : `${r.end}에 끝나는데`} ${r.person.name}은(는) ${r.died}에 사망했습니다`,
  'term-before-birth': (r) => `${term(r.term)}: 임기가 ${r.start}에 시작하는데 ${r.person.name}의 출생(${r.born}) 이전입니다`,
  'seats-exceeded': ({ post, seats, day, holders }) => `${post.name}의 자리는 ${seats}개인데 ${day}에 재임자가 ${holders.length}명입니다: ${names(holders, ', ')}`,
  'source-overlap': ({ source, post, terms }) =>
    `${source.title}은(는) 한 자리뿐인 ${post.name}에 ${terms.map((t) => `${t.person.name} (${span(t.start, t.end)})`).join('와(과) ')}을(를) 동시에 둡니다: ` +
    '출처가 스스로 모순됩니다',
  'incompatible-posts': ({ person, posts, organization, overlap }) =>
    `${person.name}이(가) ${organization.name}의 ${posts.map((p) => p.name).join('와(과) ')}을(를) ` +
    `${overlap === 'certain' ? '동시에' : '동시에 맡았을 수 있다고(임기 하나의 날짜가 없음)'} 맡았다고 합니다. 이 조직에서는 한 사람이 한 번에 한 직위만 맡습니다`,
  'conflicting-claims': ({ facts, values, handover }) => {
    const about = facts.map((f) => `${f.post ? `${f.post.name} ${f.name}` : f.name} (${f.field})`);
    const sides = values.map((v) => `${v.value} (${titles(v.citing)})`).join(' 대 ');
    return handover ? `한 번의 교체 날짜에 대해 출처들이 다릅니다: ${about.join(', ')}: ${sides}` : `${about[0]}: 출처들이 다릅니다: ${sides}`;
  },
  'conflicting-responsibility': ({ subject, units, organization, citing }) =>
    `${subject.name}이(가) ${organization.name}의 ${names(units, ', ')}에 동시에 배정되어 있습니다 (${titles(citing)})`,
  'responsibility-outside-unit': ({ unit, subject, when }) =>
    `${unit.name}에 ${subject.name}이(가) ${when === 'before-established' ? '설립 이전에' : '폐지 이후에'} 배정되어 있습니다`,
  'event-before-establishment': ({ event, unit, established }) => `${event.date}의 ${event.kind}은(는) ${established}에야 설립된 ${unit.name}에 관한 것입니다`,
  'possible-same-person': ({ people, sharing }) =>
    `${people.map((p) => `${p.name} (${p.id})`).join(', ')}은(는) ${sharing === 'hangul-name' ? '한글 이름이 같습니다' : '한 이름의 다른 표기입니다'}: ` +
    '한 사람입니까, 여러 사람입니까? (출처가 그렇다고 하면 chancery people merge)',
  'ordinal-mismatch': ({ term: t, claimed, derived }) =>
    `${t.person ? `${t.post.name} ${t.person.name}` : t.id}: 출처는 이 임기를 ${claimed}대로, 규칙은 ${derived ?? '없음'}(으)로 셉니다`,
  'reconciliation-mismatch': (r) => {
    const parts = [
      r.missing.length ? `날짜 기록에는 ${r.missing.join(', ')}도 있습니다` : '', r.extra.length ? `출처에는 ${r.extra.join(', ')}도 있습니다` : '',
      r.unmatched.length ? `맞지 않는 단어: ${r.unmatched.join(', ')}` : '',
    ].filter(Boolean);
    return `${r.post.name}, ${r.person.name} (${span(r.start, r.end)}): 출처의 "${r.column}" 열은 ${r.read.join(', ') || '비어 있음'}이지만 ` +
      `날짜 기록은 ${r.derived.join(', ') || '아무도 없음'}입니다; ${parts.join('; ')}`;
  },
};

