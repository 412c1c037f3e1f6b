/**
 * `@property` and `@state` for this library's elements, with the names and options of Lit's (so the
 * manifest analyzer and lit-analyzer read them as they read Lit's), but only the half this library
 * uses: legacy decorators (`experimentalDecorators`) on class fields. Lit's own also handle standard
 * decorators and decorated accessors, code every page would load and this library never runs.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** A reactive property: Lit's `@property`, for a class field. */
export function property(options?: PropertyDeclaration) {
  return (proto: ReactiveElement, name: string): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

/** Internal reactive state: Lit's `@state`, for a class field (no attribute). */
export function state() {
  return property({ state: true, attribute: false });
}
