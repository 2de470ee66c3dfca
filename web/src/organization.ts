import { useEffect, useState } from 'preact/hooks';
import { read, type ReadAnswer } from './api.js';

export type RegistryAnswer = ReadAnswer<'/api/registry'>;
export type OrganizationSummary = RegistryAnswer['organizations'][number];

/** The views of an organization, each at `/o/<id>/<view>` (the chart at `/o/<id>`). */
export const ORG_VIEWS = ['', 'map', 'timeline', 'diff'] as const;
export type OrgView = (typeof ORG_VIEWS)[number];

export const orgPath = (id: string, view: OrgView = ''): string => `/o/${encodeURIComponent(id)}${view ? `/${view}` : ''}`;

/** `/o/<id>/<view>` read back: the organization and the view; null for any other address. */
export const parseOrgPath = (path: string): { id: string; view: OrgView | null } | null => {
  const m = /^\/o\/([^/]+)(?:\/([^/]*))?\/?$/.exec(path);
  if (!m) return null;
  const view = (m[2] ?? '') as OrgView;
  return { id: decodeURIComponent(m[1]!), view: ORG_VIEWS.includes(view) ? view : null };
};

let registry: Promise<RegistryAnswer> | undefined;
/** The registry's organizations, read once per page load (they change only by an import). */
export const loadRegistry = (): Promise<RegistryAnswer> => (registry ??= read('/api/registry', {}).catch((e: unknown) => {
  registry = undefined;
  throw e;
}));

export const useRegistry = (): RegistryAnswer | undefined => {
  const [answer, setAnswer] = useState<RegistryAnswer | undefined>(undefined);
  useEffect(() => void loadRegistry().then(setAnswer, () => setAnswer(undefined)), []);
  return answer;
};

export const summaryOf = (r: RegistryAnswer | undefined, id: string | null): OrganizationSummary | undefined =>
  id ? r?.organizations.find((o) => o.organization.id === id) : undefined;
