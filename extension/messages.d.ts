// Types of the messages declared in worker/messages.js, derived from that declaration so the
// fields are written once: `tsc` (run by `cargo xtask tidy`) checks every message a content
// script, the popup or the options page sends, and every worker handler, against it.

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

/** One declared message (any of them, or the one named `K`), as sent. */
type HandoffMessage<K extends MessageName = MessageName> = K extends MessageName ? { type: K } & Fields<Declared[K]['fields']> : never;

/** The worker's handlers: one per message sent to it (`cs:*` from content scripts, `ui:*` from its pages). */
type HandoffHandlers = {
  [K in MessageName as K extends `bg:${string}` ? never : K]: (msg: HandoffMessage<K>, sender?: chrome.runtime.MessageSender) => Promise<unknown>;
};
