import type { ErrorCode, Kind } from '@k8s-diagrams/core';

/** `k8s-select`: a component was chosen by click or Enter. */
export interface SelectDetail {
  componentId: string;
  kind: Kind;
}

/** `k8s-error`: the input cannot be drawn as given (the element shows why). */
export interface ErrorDetail {
  code: ErrorCode;
  message: string;
  /** Which attribute, child or model path is at fault. */
  path: string;
}

/** Fires a bubbling, composed event, as every event of the contract is (ARCHITECTURE.md §2). */
export function fire<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
}

declare global {
  interface HTMLElementEventMap {
    'k8s-select': CustomEvent<SelectDetail>;
    'k8s-error': CustomEvent<ErrorDetail>;
  }
}
