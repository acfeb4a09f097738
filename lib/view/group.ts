/** An item of the popup's lists with its position in the annotation's list: what 'sourcelight/scroll-to' takes. */
export interface Indexed<T> {
  item: T;
  index: number;
}
