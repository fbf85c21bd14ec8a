/**
 * A custom element whose listeners last exactly as long as it is in the page: every listener added with
 * `listen` (on the element, the document, the window or a media query) is removed when the element
 * leaves the page, so an element that is moved or re-inserted never handles an event twice.
 * Subclasses set up in `connect` rather than in `connectedCallback`.
 */
export abstract class ConnectedElement extends HTMLElement {
  #listeners: AbortController | undefined;

  connectedCallback() {
    this.#listeners?.abort();
    this.#listeners = new AbortController();
    this.connect();
  }

  disconnectedCallback() {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }

  /** Sets the element up; called each time it enters the page. */
  protected abstract connect(): void;

  /** Adds a listener that is removed when the element leaves the page. */
  protected listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: Omit<AddEventListenerOptions, 'signal'> = {},
  ) {
    const signal = this.#listeners?.signal;
    target.addEventListener(type, handler as EventListener, signal ? { ...options, signal } : options);
  }
}
