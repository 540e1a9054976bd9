/**
 * The one inline script of the report in the editor's webview (allowed by a
 * nonce in its CSP): a click on a goal link posts `openGoal` to the extension,
 * which opens the goal in the editor; in-page links scroll; source links go
 * to the extension to open outside. The scroll position survives refreshes.
 * Kept as a string so the language server can put it into the page it renders.
 */
export const WEBVIEW_SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', function (e) {
    const a = e.target && e.target.closest ? e.target.closest('a') : null;
    if (!a) return;
    const href = a.getAttribute('href') || '';
    const goal = a.getAttribute('data-goal');
    if (href.indexOf('#goal-') === 0 && goal) {
      e.preventDefault();
      vscode.postMessage({ type: 'openGoal', goal: goal });
    } else if (href.charAt(0) === '#') {
      e.preventDefault();
      const t = document.getElementById(href.slice(1));
      if (t) t.scrollIntoView({ block: 'center' });
    } else if (/^https?:/i.test(href)) {
      e.preventDefault();
      vscode.postMessage({ type: 'openLink', url: href });
    }
  });
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let pending = false;
  window.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    setTimeout(function () { pending = false; vscode.setState({ scrollY: window.scrollY }); }, 150);
  });
})();`;
