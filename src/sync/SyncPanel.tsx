/** The Data tab's part for sharing: log in to the shared workspace, its state, and "Xuất bản" (publish). */
import { useState } from 'react';
import { lastAuthor, makePublished } from '../domain/published';
import { selectModel, selectT } from '../state/selectors';
import { useAppStore } from '../state/store';
import { downloadBlob } from '../ui/download';
import { ApiError } from './api';
import { logIn, logOut } from './sync';
import { canEdit, useSyncStore } from './sync-store';

function LoginForm() {
  const t = useAppStore(selectT);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
      setPassword('');
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) setError(t('sync.rateLimited', { seconds: Number(e.body.retryAfter ?? 60) }));
      else if (e instanceof ApiError && e.status === 401) setError(t('sync.badCredentials'));
      else setError(t('sync.status.offline'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="login-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        <span>{t('sync.username')}</span>
        <input id="login-username" type="text" autoComplete="username" value={username} maxLength={100} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label>
        <span>{t('sync.password')}</span>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          maxLength={512}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" id="login-submit" disabled={busy || !username.trim() || !password}>
        {t('sync.login')}
      </button>
      {error && (
        <p className="notice error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function SyncPanel() {
  const t = useAppStore(selectT);
  const overlay = useAppStore((s) => s.overlay);
  const model = useAppStore(selectModel);
  const userName = useAppStore((s) => s.userName);
  const server = useSyncStore((s) => s.server);
  const session = useSyncStore((s) => s.session);
  if (!overlay || !model) return null;
  const code = model.province.code;
  const user = session?.user;
  const role = user?.isAdmin ? t('sync.role.admin') : canEdit(session, code) ? t('sync.role.editor') : t('sync.role.viewer');
  const slug = model.plan.province.slug;
  const publish = () => {
    const layer = makePublished(overlay, { slug, publishedAt: new Date().toISOString(), publishedBy: userName.trim() || lastAuthor(overlay) });
    downloadBlob(`${slug}.json`, new Blob([JSON.stringify(layer, null, 2) + '\n'], { type: 'application/json' }));
  };
  return (
    <div className="sync-panel" data-server={server}>
      {(server === 'online' || server === 'offline') && (
        <>
          <h3>{t('sync.title')}</h3>
          {user ? (
            <p className="small" id="sync-user">
              {t('sync.loggedIn', { name: user.displayName, role })}{' '}
              <button type="button" className="link" id="logout" onClick={() => void logOut()}>
                {t('sync.logout')}
              </button>
            </p>
          ) : (
            <>
              <p className="small muted">{t('sync.loginHint')}</p>
              <LoginForm />
            </>
          )}
        </>
      )}
      <p className="small">
        <button type="button" id="publish" onClick={publish}>
          {t('sync.publish')}
        </button>{' '}
        <span className="muted">{t('sync.publishHint', { slug })}</span>
      </p>
    </div>
  );
}
