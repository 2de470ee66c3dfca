import { nameKey } from './names.js';

/**
 * Names people use for posts, as patterns: each group lists forms that name one post, `{x}` standing for the same
 * words in each ("Ambassador to Japan" is the Chief of Mission to Japan). Sources: POCOM names every US envoy's post
 * "Chief of Mission to <country>" and its role titles "Ambassador Extraordinary and Plenipotentiary", "Envoy
 * Extraordinary and Minister Plenipotentiary"; ministries' titles are said both ways ("Foreign Minister", "Minister
 * of Foreign Affairs", "Minister for Foreign Affairs"). A form found this way is a guess that the lookup states in
 * its answer (`taken-as`), never a stored name.
 */
export const POST_ALIAS_GROUPS: readonly (readonly string[])[] = [
  [
    'Chief of Mission to {x}', 'Ambassador to {x}', 'Ambassador Extraordinary and Plenipotentiary to {x}', 'US Ambassador to {x}',
    'United States Ambassador to {x}', 'Envoy to {x}', 'Envoy Extraordinary and Minister Plenipotentiary to {x}', 'Minister to {x}',
  ],
  ['Foreign Minister', 'Minister of Foreign Affairs', 'Minister for Foreign Affairs', 'Foreign Secretary', 'Secretary of State for Foreign Affairs'],
  ['{x} Minister', 'Minister of {x}', 'Minister for {x}'],
];

interface Pattern {
  group: number;
  /** The form's folded words before and after `{x}` (all of them when it has no `{x}`). */
  before: string[];
  after: string[];
  open: boolean;
  form: string;
}

const words = (text: string): string[] => text.trim().split(/\s+/).map(nameKey).filter(Boolean);

const PATTERNS: Pattern[] = POST_ALIAS_GROUPS.flatMap((forms, group) => forms.map((form) => {
  const at = form.indexOf('{x}');
  return at < 0
    ? { group, before: words(form), after: [], open: false, form }
    : { group, before: words(form.slice(0, at)), after: words(form.slice(at + 3)), open: true, form };
}));

const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * The other names a post asked by `name` may bear, by the vocabulary: every other form of each group whose form the
 * name fits, with `{x}` filled in by the name's own words (as typed). Words are compared folded (case, accents).
 */
export const postAliasForms = (name: string): string[] => {
  const typed = name.trim().split(/\s+/).filter(Boolean);
  const folded = typed.map(nameKey);
  const out = new Set<string>();
  for (const p of PATTERNS) {
    let x: string | undefined;
    if (!p.open) {
      if (!sameWords(folded, p.before)) continue;
    } else {
      const n = folded.length - p.before.length - p.after.length;
      if (n < 1 || !sameWords(folded.slice(0, p.before.length), p.before) || !sameWords(folded.slice(folded.length - p.after.length), p.after)) continue;
      x = typed.slice(p.before.length, p.before.length + n).join(' ');
    }
    for (const other of PATTERNS) {
      if (other.group !== p.group || other === p || (other.open && x === undefined)) continue;
      out.add(other.open ? other.form.replace('{x}', x!) : other.form);
    }
  }
  return [...out].filter((f) => nameKey(f) !== nameKey(name));
};
