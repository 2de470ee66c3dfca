/** The signed-in user, as the API named them (GET /api/me); the API still checks every write. */
export interface Session {
  name: string;
  role: 'reader' | 'editor' | 'admin';
}
