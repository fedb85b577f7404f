import { lazyModule } from '@/lib/react/lazy-module'

/**
 * The builders of each page's head tags (page-metadata.ts), loaded after the page has shown, with the
 * code that writes the tags: link previews and search engines need them, the first paint does not.
 */
export const pageMetadataCode = lazyModule(() => import('./page-metadata'))
