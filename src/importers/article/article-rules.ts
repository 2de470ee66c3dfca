import type { OrganizationKind, RelationType } from '../../domain/model.js';

/** Which relation a list under a heading stands for, and what kind of body its items are. */
export const SECTION_RELATIONS: { pattern: RegExp; type: RelationType; kind: OrganizationKind }[] = [
  { pattern: /affiliated/i, type: 'affiliated-institute-of', kind: 'institute' },
  { pattern: /sponsored/i, type: 'sponsored-organization-of', kind: 'association' },
  { pattern: /internal|departments|structure|units/i, type: 'unit-of', kind: 'department' },
];

const AGENCY_KINDS: [RegExp, OrganizationKind][] = [
  [/ministry/i, 'ministry'],
  [/cabinet/i, 'cabinet'],
  [/institute/i, 'institute'],
  [/mission|embass/i, 'mission'],
  [/agency/i, 'agency'],
];
/** The kind of an organization, read from its agency type or name. */
export const kindOf = (text: string | undefined, fallback: OrganizationKind): OrganizationKind =>
  AGENCY_KINDS.find(([p]) => text && p.test(text))?.[1] ?? fallback;
