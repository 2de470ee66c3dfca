import { useState } from 'preact/hooks';
import { ApiError, token, whoAmI } from '../api.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import type { Session } from '../session.js';

/** Editors sign in with an API token (chancery user add … prints one); it is kept for this tab only. */
export const SignIn = ({ onSession }: { onSession: (s: Session | null) => void }) => {
  const [error, setError] = useState<string | null>(null);
  return (
    <article aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signIn')}</h2>
      <p>{t('signInHelp')}</p>
      <form class="edit" onSubmit={async (e) => {
        e.preventDefault();
        const tk = (e.currentTarget.elements.namedItem('token') as HTMLInputElement).value.trim();
        try {
          const me = await whoAmI(tk);
          token.set(tk);
          onSession(me);
          navigate('/', {});
        } catch (err) {
          setError(err instanceof ApiError ? err.message : String(err));
        }
      }}>
        <div class={`field${error ? ' invalid' : ''}`}>
          <label for="token">{t('apiToken')}</label>
          <input id="token" name="token" type="password" required autocomplete="off" maxLength={200} aria-invalid={!!error} />
          {error ? <span class="field-error" role="alert">{error}</span> : null}
        </div>
        <button type="submit">{t('signInButton')}</button>
      </form>
    </article>
  );
};
