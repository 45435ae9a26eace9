'use client';

export type ActionNotice = { tone: 'success' | 'error'; text: string; signInHref?: string; signInLabel?: string };

/**
 * The answer to the last action. Both live regions are always in the page, so screen readers hear
 * what is put into them: successes politely, failures at once.
 */
export function ActionMessage({ notice }: { notice: ActionNotice | null }) {
  const success = notice?.tone === 'success' ? notice : null;
  const failure = notice?.tone === 'error' ? notice : null;
  return (
    <div className="action-message">
      <div role="status">{success ? <p className="message-success">{success.text}</p> : null}</div>
      <div role="alert">
        {failure ? (
          <p className="message-error">
            {failure.text}
            {failure.signInHref ? (
              <>
                {' '}
                <a href={failure.signInHref} target="_blank" rel="noopener">
                  {failure.signInLabel}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
