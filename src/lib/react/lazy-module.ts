import { lazy, type ComponentType } from 'react'

/** Code loaded on demand, once, and readable synchronously once it is in. */
export interface LazyModule<TModule> {
  /** Starts loading (or returns the load under way). A failed load is tried again next time. */
  load: () => Promise<TModule>
  /** The module, once loaded. */
  readonly loaded: TModule | undefined
}

export function lazyModule<TModule>(importModule: () => Promise<TModule>): LazyModule<TModule> {
  let loaded: TModule | undefined
  let loading: Promise<TModule> | undefined
  return {
    load: () =>
      (loading ??= importModule().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined
          throw error
        },
      )),
    get loaded() {
      return loaded
    },
  }
}

/**
 * `React.lazy` over a `LazyModule`. Code already in is handed to React synchronously (a thenable that
 * resolves at once): given a promise, React would commit the Suspense fallback first and then keep it
 * on screen for at least 300 ms (so that it does not flash), holding back content that was ready.
 */
export function lazyComponent<TModule, TProps extends object>(
  module: LazyModule<TModule>,
  pick: (loaded: TModule) => ComponentType<TProps>,
) {
  return lazy(() => {
    const loaded = module.loaded
    if (loaded === undefined) return module.load().then((fresh) => ({ default: pick(fresh) }))
    const resolved = { default: pick(loaded) }
    return { then: (onFulfilled: (value: typeof resolved) => void) => onFulfilled(resolved) } as Promise<
      typeof resolved
    >
  })
}
