/**
 * The arguments of `samstemt-language-server`: the transport and the options
 * LSP clients pass. Each value option takes `--name=VALUE` and `--name VALUE`,
 * as vscode-languageserver reads them (Neovim, Helix and Emacs configurations
 * write either form).
 *
 * Checked here rather than left to vscode-languageserver, which takes the
 * first transport it meets, ignores the rest, and throws with a stack trace on
 * a value it cannot use.
 */

export type Transport =
  | { kind: 'stdio' }
  | { kind: 'node-ipc' }
  | { kind: 'socket'; port: number }
  | { kind: 'pipe'; name: string };

export type Launch =
  | { action: 'help' }
  | { action: 'version' }
  | { action: 'serve'; transport: Transport }
  /** A usage error: `message` is the line for stderr (without the program name); exit code 2. */
  | { action: 'error'; message: string };

const VALUED = ['--socket', '--pipe', '--clientProcessId'] as const;
type Valued = (typeof VALUED)[number];

export function parseLaunchArgs(argv: readonly string[]): Launch {
  if (argv.includes('--version') || argv.includes('-v')) return { action: 'version' };
  if (argv.includes('--help') || argv.includes('-h')) return { action: 'help' };
  const transports: { text: string; transport: Transport }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--stdio' || a === '--node-ipc') {
      transports.push({ text: a, transport: a === '--stdio' ? { kind: 'stdio' } : { kind: 'node-ipc' } });
      continue;
    }
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a) as Valued;
    // Other arguments are left alone, as vscode-languageserver does: clients add their own.
    if (!VALUED.includes(name)) continue;
    let value = '';
    if (eq > 0) value = a.slice(eq + 1);
    // `--socket --stdio` lacks the port: the next option is no value (`--socket -1` is a bad one).
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) value = argv[++i]!;
    if (name === '--socket') {
      if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
        return { action: 'error', message: `--socket takes a port number from 1 to 65535, e.g. --socket=5007 (got "${value}").` };
      }
      transports.push({ text: `--socket=${Number(value)}`, transport: { kind: 'socket', port: Number(value) } });
    } else if (name === '--pipe') {
      if (value === '') return { action: 'error', message: '--pipe takes the name of a pipe or socket file, e.g. --pipe=/tmp/samstemt.sock.' };
      transports.push({ text: `--pipe=${value}`, transport: { kind: 'pipe', name: value } });
    } else if (!/^[0-9]+$/.test(value)) {
      // vscode-languageserver itself watches this process (server/src/lsp/main.ts); a value it cannot read would silently watch nothing.
      return { action: 'error', message: `--clientProcessId takes the editor's process id, a whole number (got "${value}").` };
    }
  }
  const distinct = [...new Set(transports.map((t) => t.text))];
  if (distinct.length === 0) return { action: 'error', message: 'choose a transport.' };
  if (distinct.length > 1) {
    return { action: 'error', message: `choose one transport, not ${distinct.slice(0, -1).join(', ')} and ${distinct.at(-1)} together.` };
  }
  return { action: 'serve', transport: transports[0]!.transport };
}
