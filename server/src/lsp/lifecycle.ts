/**
 * LSP 3.17 before `initialize`: "notifications should be dropped, except for
 * the exit notification", and every request answered with
 * ServerNotInitialized (-32002). Requests are answered by their handlers
 * (server.ts refuses them while starting, unknown methods included);
 * notifications have no answer to carry the refusal, and several parts of
 * vscode-languageserver (TextDocuments, the configuration and workspace
 * folder features) handle them on their own, so they are dropped here,
 * before any handler sees them. Before this, a `didOpen` sent ahead of
 * `initialize` made an overlay the client never knew the server kept.
 */
import type { ConnectionOptions } from 'vscode-languageserver/node';

type MessageStrategy = NonNullable<ConnectionOptions['messageStrategy']>;
type Message = Parameters<MessageStrategy['handleMessage']>[0];

export function dropNotificationsBeforeInitialize(): MessageStrategy {
  let initializing = false;
  return {
    handleMessage(message, next) {
      const m = message as { method?: unknown; id?: unknown };
      if (m.method === 'initialize' && m.id !== undefined) initializing = true;
      // A notification: a method and no id. Responses (no method) pass: the server sends no requests before initialize.
      if (!initializing && typeof m.method === 'string' && m.id === undefined && m.method !== 'exit') return;
      return next(message);
    },
  };
}

/**
 * LSP 3.17 after a successful `shutdown`: the server does no new work, and
 * the client sends nothing but `exit`. A notification that comes anyway (an
 * editor closing its documents, a file saved or a setting changed while it
 * shuts the server down) is dropped here, before TextDocuments or any
 * handler starts an analysis or asks the client for settings; requests are
 * refused by their handlers (InvalidRequest). `shutDown` says whether the
 * server accepted a shutdown (one refused before `initialize` is none).
 */
export function dropNotificationsAfterShutdown(shutDown: () => boolean): MessageStrategy {
  return {
    handleMessage(message, next) {
      const m = message as { method?: unknown; id?: unknown };
      if (typeof m.method === 'string' && m.id === undefined && m.method !== 'exit' && shutDown()) return;
      return next(message);
    },
  };
}

/** Strategies applied in order: each passes the message on to the next, or drops it. */
export function chain(...strategies: MessageStrategy[]): MessageStrategy {
  return {
    handleMessage(message: Message, next) {
      const run = (i: number, m: Message): ReturnType<MessageStrategy['handleMessage']> => (i === strategies.length ? next(m) : strategies[i]!.handleMessage(m, (n) => run(i + 1, n)));
      return run(0, message);
    },
  };
}
