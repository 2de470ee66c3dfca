import type { Store } from '../storage/store.js';
import { preparePostTimelines } from './post-state.service.js';
import { prepareRouteScopes } from './routing.service.js';

/**
 * Builds what the hot questions read whatever the date (every post's timeline, routing's scope in every top
 * organization) and has the mirror keep it, so that the first question about a post or an organization costs what the
 * next ones do. What `serve` runs once the mirror is loaded; a change drops it all, and answers build it again as
 * they need it.
 */
export const prepareAnswers = async (store: Store): Promise<{ posts: number; organizations: number }> => ({
  posts: await preparePostTimelines(store),
  organizations: await prepareRouteScopes(store),
});
