/**
 * The one place fosc-widgets makes an event: the elements' own (through `FoscElement.emit`, which adds bubbling,
 * composition and the cancelable flag from the event table) and the locale request that reaches every copy of the
 * package on a page (`setLocale`).
 */
export const customEvent = <T>(type: string, detail: T, init: Omit<CustomEventInit<T>, 'detail'> = {}) =>
  new CustomEvent<T>(type, { ...init, detail });
