/**
 * The explorer's "Samstemt" tree: members → goals → the goal's national
 * objectives (● direct, ○ via another goal) and its findings. Data from the
 * server (`samstemt/tree`), refreshed after each analysis; clicking a goal or
 * a finding opens it in the editor.
 */
import * as vscode from 'vscode';
import { errorsText, goalsText, warningsText } from './counts.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TREE_REQUEST, type TreeFinding, type TreeGoal, type TreeMember, type TreeObjective, type TreeWorkspace } from '../../server/src/report/protocol.js';

export const TREE_VIEW_ID = 'samstemt.alignment';
const OPEN_COMMAND = 'samstemt.openLocation';

type Node =
  | { kind: 'workspace'; ws: TreeWorkspace }
  | { kind: 'member'; member: TreeMember }
  | { kind: 'goal'; goal: TreeGoal }
  | { kind: 'objective'; objective: TreeObjective; goal: TreeGoal }
  | { kind: 'finding'; finding: TreeFinding };

const SEVERITY_ICON: Record<TreeFinding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

function openCommand(uri: string, range: TreeGoal['range']): vscode.Command {
  return { command: OPEN_COMMAND, title: vscode.l10n.t('Open'), arguments: [uri, range] };
}

export class AlignmentTreeProvider implements vscode.TreeDataProvider<Node> {
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  #data: Promise<TreeWorkspace[]> | undefined;

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  refresh(): void {
    this.#data = undefined;
    this.#changed.fire(undefined);
  }

  dispose(): void {
    this.#changed.dispose();
  }

  #load(): Promise<TreeWorkspace[]> {
    const client = this.getClient();
    if (!client) return Promise.resolve([]);
    this.#data ??= Promise.resolve(client.sendRequest<TreeWorkspace[]>(TREE_REQUEST, {})).catch(() => []);
    return this.#data;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const all = (await this.#load()).filter((w) => w.members.some((m) => m.goals.length));
      if (all.length === 1) return all[0]!.members.filter((m) => m.goals.length).map((member) => ({ kind: 'member', member }));
      return all.map((ws) => ({ kind: 'workspace', ws }));
    }
    switch (node.kind) {
      case 'workspace':
        return node.ws.members.filter((m) => m.goals.length).map((member) => ({ kind: 'member', member }));
      case 'member':
        return node.member.goals.map((goal) => ({ kind: 'goal', goal }));
      case 'goal':
        return [...node.goal.objectives.map((objective) => ({ kind: 'objective' as const, objective, goal: node.goal })), ...node.goal.findings.map((finding) => ({ kind: 'finding' as const, finding }))];
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'workspace': {
        const item = new vscode.TreeItem(node.ws.label, C.Expanded);
        item.iconPath = new vscode.ThemeIcon('organization');
        return item;
      }
      case 'member': {
        const m = node.member;
        const item = new vscode.TreeItem(m.name, C.Collapsed);
        item.description = vscode.l10n.t('{0}, {1} linked', goalsText(m.goals.length), m.linked);
        item.tooltip = `${m.name} (${m.id})\n${errorsText(m.findings.error)}, ${warningsText(m.findings.warning)}`;
        item.iconPath = new vscode.ThemeIcon(m.kind === 'selskap' || m.kind === 'nettverk' ? 'organization' : 'home');
        item.contextValue = 'samstemt.member';
        return item;
      }
      case 'goal': {
        const g = node.goal;
        const item = new vscode.TreeItem(g.title, g.objectives.length || g.findings.length ? C.Collapsed : C.None);
        item.id = `goal:${g.id}`;
        item.description = g.key;
        item.tooltip = g.objectives.length ? `${g.key}\n${g.objectives.map((o) => `${o.via ? '○' : '●'} ${o.id} ${o.title}`).join('\n')}` : `${g.key}\n${vscode.l10n.t('Not linked to a national objective')}`;
        const worst = g.findings[0]?.severity;
        item.iconPath = worst === 'error' || worst === 'warning' ? SEVERITY_ICON[worst] : g.objectives.length ? new vscode.ThemeIcon('target') : new vscode.ThemeIcon('circle-large-outline');
        item.command = openCommand(g.uri, g.range);
        item.contextValue = 'samstemt.goal';
        return item;
      }
      case 'objective': {
        const o = node.objective;
        const item = new vscode.TreeItem(`${o.via ? '○' : '●'} ${o.id}`, C.None);
        item.description = o.via ? `${o.title} — ${vscode.l10n.t('via {0}', o.via)}` : o.title;
        item.iconPath = new vscode.ThemeIcon(o.via ? 'link' : 'link-external');
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message.length > 90 ? `${f.message.slice(0, 89)}…` : f.message, C.None);
        item.description = f.rule;
        item.tooltip = f.message;
        item.iconPath = SEVERITY_ICON[f.severity];
        item.command = openCommand(f.uri, f.range);
        return item;
      }
    }
  }
}

export function registerTreeView(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, onAnalysisChanged: vscode.Event<void>): void {
  const provider = new AlignmentTreeProvider(getClient);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => provider.refresh(), 300);
  };
  const view = vscode.window.createTreeView(TREE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    view,
    provider,
    vscode.commands.registerCommand(OPEN_COMMAND, async (uri: string, range: TreeGoal['range']) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const sel = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(doc, { selection: sel, preview: true });
    }),
    { dispose: () => timer && clearTimeout(timer) },
    onAnalysisChanged(refreshSoon),
  );
  // The extension activates only for strategy workspaces (or its commands): show the view from now on.
  void vscode.commands.executeCommand('setContext', 'samstemt.active', true);
}
