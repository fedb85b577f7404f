import { useEffect, useState } from 'react'
import type { LazyModule } from '@/lib/react/lazy-module'
import type { DocumentMetadata } from './document-metadata'

/**
 * Sets the page's metadata while it is shown; `null` while its data is not there yet. The tags live in
 * <head>, outside React's tree, so they are set there directly; each page's tags go away with it.
 */
export function useDocumentMetadata(metadata: DocumentMetadata | null) {
  const key = metadata ? JSON.stringify(metadata) : null
  useEffect(() => {
    if (key === null) return
    let isShown = true
    let remove: (() => void) | null = null
    import('./apply-document-metadata')
      .then(({ applyMetadata }) => {
        if (isShown) remove = applyMetadata(JSON.parse(key) as DocumentMetadata)
      })
      // Code that cannot load (offline after a deployment) only leaves index.html's defaults.
      .catch(() => {})
    return () => {
      isShown = false
      remove?.()
    }
  }, [key])
}

/**
 * `useDocumentMetadata` with the metadata built by code loaded on demand (`builders`): loaded once the
 * page has rendered, since the tags only matter to link previews and search engines.
 */
export function useLazyDocumentMetadata<TModule>(
  builders: LazyModule<TModule>,
  build: (module: TModule) => DocumentMetadata,
) {
  const [module, setModule] = useState(() => builders.loaded)
  useEffect(() => {
    if (module) return
    let isShown = true
    builders.load().then(
      (loaded) => isShown && setModule(() => loaded),
      // Code that cannot load (offline after a deployment) only leaves index.html's defaults.
      () => {},
    )
    return () => {
      isShown = false
    }
  }, [builders, module])
  useDocumentMetadata(module ? build(module) : null)
}
