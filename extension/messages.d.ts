// Types of the messages declared in worker/messages.js: their fields derived from that
// declaration (written once, and checked by the worker at run time), their replies declared
// here. `tsc` (run by `cargo xtask tidy`) checks every message a content script, the popup or
// the options page sends, what it reads of the reply, and what every worker handler returns.

type Declared = typeof import('./worker/messages.js').MESSAGES;
type MessageName = keyof Declared;

type FieldValue<S> = S extends 'string'
  ? string
  : S extends 'number'
    ? number
    : S extends 'boolean'
      ? boolean
      : S extends 'array'
        ? unknown[]
        : S extends 'object'
          ? Record<string, any>
          : never;
type Fields<F> = { [K in keyof F as F[K] extends `${string}?` ? never : K]: FieldValue<F[K]> } & {
  [K in keyof F as F[K] extends `${string}?` ? K : never]?: F[K] extends `${infer S}?` ? FieldValue<S> | null : never;
};

/** The message named `K`, as sent. */
type MessageOf<K extends MessageName> = { type: K } & Fields<Declared[K]['fields']>;
/** Any declared message. */
type HandoffMessage = { [K in MessageName]: MessageOf<K> }[MessageName];

/** A suggested item as the worker sends it: the core's suggestion with the card's fields. */
type Card = { id: string; title: string; score: number; reasons: string[]; kind?: string; url?: string; text?: string; share?: string; [field: string]: unknown };
/** What the worker reports about itself (worker/core.js `status`, sync, outbox, enrollment). */
type WorkerStatus = { wasm: string; error: string | null; items: number; version: string | null; configured: boolean; enrolled: boolean; [field: string]: unknown };

/** What the worker answers to each message. */
interface HandoffReplies {
  /** What the readers found on the page, and the containers synced reader rules also read. */
  'cs:read': { context: Record<string, any>; reader: string; health: Record<string, any>; regions: string[] };
  /** The best items first, each with its reasons; the labels of the page's vertical and stage; the thumbs-down reasons to offer. */
  /** `optedOut`: the page has no suggestions because its prospect asked not to be contacted. */
  'cs:suggest': { suggestions: Card[]; labels: { vertical: string | null; stage: string | null }; reasons: [string, string][]; optedOut: boolean };
  /** The id of the usage event put in the outbox. */
  'cs:event': { queued: string };
  /** 'open', 'collapsed' or null. */
  'cs:panel-state': { state: string | null };
  /** The snippet with the values filled in, and the variables still missing. */
  'cs:fill': { text: string; missing: string[] };
  /** The ids that may no longer be sent. */
  'cs:check-draft': { stale: string[] };
  'ui:status': WorkerStatus;
  'ui:open-panel': { opened: boolean };
  /** The rep's own proposals, or why they could not be fetched. */
  'ui:my-proposals': { proposals?: Record<string, any>[]; error?: string };
  /** The status after syncing. */
  'ui:sync-now': WorkerStatus;
  'bg:open-panel': void;
}

/** A reply as the sender receives it: the handler's, or only `error` when the message was malformed or the handler failed. */
type Received<K extends MessageName> = Partial<HandoffReplies[K]> & { error?: string };

/** The worker's handlers: one per message sent to it (`cs:*` from content scripts, `ui:*` from its pages). */
type HandoffHandlers = {
  [K in MessageName as K extends `bg:${string}` ? never : K]: (msg: MessageOf<K>, sender?: chrome.runtime.MessageSender) => Promise<HandoffReplies[K]>;
};
