/**
 * The installable app and its service worker (vite-plugin-pwa, generateSW), for the production build
 * only. One definition for `vite build` and the tests.
 *
 * - The app shell is precached: hashed JS and CSS, index.html, preferences-init.js, the icons. Every
 *   page URL opens index.html from that cache, except the API's and the seed images' paths.
 * - The articles the reader opened, and the first page of their comments, are cached as they are
 *   read (network first, the cache when the network fails or takes more than 4 s), 50 of each at most.
 *   Nothing else of the API is cached: not the lists, not the later comment pages, never the live
 *   changes feed, and no write (the service worker only ever routes GET here).
 * - Images from the app's origin, or from the API's: cache first, 100 at most, 30 days.
 * - A new version waits until the reader accepts it (registerType 'prompt'): nobody's page changes
 *   under them, and nobody stays on an old version without being told.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa'
import { normaliseApiBase } from '../src/lib/api-base.ts'
import { pagePatterns } from '../src/lib/routing/paths.ts'

/** The design tokens' page colour (src/styles/global.css, --color-bg, light theme). */
const PAGE_COLOUR = '#faf9f6'

/** The service worker's file, at the root so its scope is the whole app. */
export const SERVICE_WORKER_FILE = 'sw.js'

/** Caches the runtime routes fill, named so a later version can find (and drop) them. */
export const RUNTIME_CACHES = {
  articles: 'chronique-articles',
  comments: 'chronique-comments',
  images: 'chronique-images',
} as const

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Where requests go, as RegExps, because generateSW copies each route's matcher into sw.js as text:
 * a function could not see the API base this build was made for. Workbox lets a RegExp match a
 * request of another origin only from the URL's first character, so:
 * - an API on another origin (`https://api.example.com/v1`) is matched from the start of its URL;
 * - an API on the app's origin (`/api`) is matched from the start of the path (the look-behind skips
 *   the origin), which no other origin's request can satisfy.
 */
export function serviceWorkerRoutes(apiBaseUrl?: string) {
  const base = normaliseApiBase(apiBaseUrl)
  const isOtherOrigin = /^https?:\/\//.test(base)
  const fromPath = (path: string) => (path.startsWith('/') ? path : `/${path}`)
  const prefix = isOtherOrigin
    ? `^${escapeRegExp(base)}`
    : `(?<=^https?://[^/]+)${escapeRegExp(fromPath(base))}`
  const query = '(?:\\?[^#]*)?(?:#.*)?$'
  // An article's slug: one path segment.
  const slug = '[^/?#]+'
  // The first page of a thread: any sort and limit, but no cursor (later pages are not kept).
  const noCursor = '(?:(?![^#]*[?&]cursor=)\\?[^#]*)?(?:#.*)?$'
  const imageFile = '[^?#]*\\.(?:avif|gif|jpe?g|png|svg|webp)'
  const images = [new RegExp(`(?<=^https?://[^/]+)/${imageFile}${query}`)]
  if (isOtherOrigin) images.push(new RegExp(`^${escapeRegExp(new URL(base).origin)}/${imageFile}${query}`))
  return {
    article: new RegExp(`${prefix}/articles/${slug}${query}`),
    firstCommentPage: new RegExp(`${prefix}/articles/${slug}/comments${noCursor}`),
    images,
    /** Page URLs that must never get index.html from the cache (the API, the seed images). */
    notPages: [
      ...(isOtherOrigin ? [] : [new RegExp(`^${escapeRegExp(fromPath(base))}(?:/|$)`)]),
      /^\/images\//,
    ],
  }
}

/**
 * Stands for the app's base path (`/`, `/lire/`…) in the WordPress build's service worker: the
 * plugin chooses the prefix in its settings, after the build, and writes it in when it serves
 * `sw.js` (wordpress/chronique/includes/front/class-static-files.php). A RegExp's text in sw.js, so
 * it is written as a RegExp escapes it: `\/__chronique_app_base__\/`.
 */
export const APP_BASE_PLACEHOLDER = '/__chronique_app_base__/'

/**
 * Which navigations get the app's shell when WordPress serves the app (pwaOptions({ wordpress: true })).
 * The origin is WordPress's too: its admin, login, feeds, sitemaps, pages and the magazine's old
 * permalinks (which the plugin redirects into the app) must reach the server. So only the app's own
 * pages under its base get the shell: the list (its `?q=`, `?category=`, `?page=`, or none), an
 * article, an author; never a URL that carries one of WordPress's query variables (`?p=12`, `?s=`,
 * `?cat=`, `?preview=true`…), which the plugin redirects or WordPress answers.
 */
export function wordpressNavigationRoutes(appBase: string = APP_BASE_PLACEHOLDER) {
  const pages = [pagePatterns.article, pagePatterns.author].map((pattern) =>
    escapeRegExp(pattern).replace(/:\w+/g, '[^/?#]+'),
  )
  const wordpressQueryVariables = [
    'p',
    'page_id',
    'cat',
    'tag',
    'author',
    'author_name',
    's',
    'm',
    'w',
    'year',
    'monthnum',
    'day',
    'name',
    'pagename',
    'attachment_id',
    'post_type',
    'preview',
    'preview_id',
    'feed',
    'rest_route',
    'sitemap',
    'customize_changeset_uuid',
    'replytocom',
  ]
  return {
    allow: [new RegExp(`^${escapeRegExp(appBase)}(?:${pages.join('|')})?(?:\\?[^#]*)?$`)],
    deny: [new RegExp(`[?&](?:${wordpressQueryVariables.join('|')})=`)],
  }
}

export function pwaOptions({
  apiBaseUrl,
  wordpress = false,
}: {
  apiBaseUrl?: string | undefined
  /** Built for the WordPress plugin to serve (vite build --mode wordpress), under a base it chooses. */
  wordpress?: boolean
} = {}): Partial<VitePWAOptions> {
  const routes = serviceWorkerRoutes(apiBaseUrl)
  const navigation = wordpress ? wordpressNavigationRoutes() : null
  // Served by WordPress, the app's base is only known on the site: the manifest's addresses are
  // relative to the manifest's own, which the plugin serves under that base.
  const root = wordpress ? './' : '/'
  const expireAfter = (maxEntries: number, days: number) => ({
    maxEntries,
    maxAgeSeconds: days * 24 * 60 * 60,
    // A full disk drops these caches rather than failing the reader's requests.
    purgeOnQuotaError: true,
  })
  return {
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    registerType: 'prompt',
    // The app registers the worker itself (src/features/offline-reading): the plugin's helper passes
    // the script URL as a string, which the Trusted Types policy forbids.
    injectRegister: false,
    // Never in development: the mock API's worker (served by the dev server only) owns that origin.
    devOptions: { enabled: false },
    manifest: {
      name: 'Chronique',
      short_name: 'Chronique',
      description: 'Les articles des magazines en ligne francophones, à lire et à commenter.',
      lang: 'fr-CA',
      dir: 'ltr',
      start_url: root,
      scope: root,
      display: 'standalone',
      theme_color: PAGE_COLOUR,
      background_color: PAGE_COLOUR,
      icons: [
        { src: `${root}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: `${root}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: `${root}icons/icon-maskable-512.png`,
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: `${root}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [...routes.notPages, ...(navigation?.deny ?? [])],
      ...(navigation ? { navigateFallbackAllowlist: navigation.allow } : {}),
      // One file: the strict CSP's Trusted Types also rule the worker, and would refuse the
      // importScripts() call that loads a separate Workbox runtime.
      inlineWorkboxRuntime: true,
      // The first visit is controlled at once, so what it reads is already kept for later.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      // Generated code nobody debugs by its map; without one the build is seconds faster.
      sourcemap: false,
      runtimeCaching: [
        {
          urlPattern: routes.article,
          handler: 'NetworkFirst',
          options: {
            cacheName: RUNTIME_CACHES.articles,
            networkTimeoutSeconds: 4,
            expiration: expireAfter(50, 30),
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          urlPattern: routes.firstCommentPage,
          handler: 'NetworkFirst',
          options: {
            cacheName: RUNTIME_CACHES.comments,
            networkTimeoutSeconds: 4,
            expiration: expireAfter(50, 30),
            cacheableResponse: { statuses: [200] },
          },
        },
        ...routes.images.map((urlPattern) => ({
          urlPattern,
          handler: 'CacheFirst' as const,
          options: {
            cacheName: RUNTIME_CACHES.images,
            expiration: expireAfter(100, 30),
            // 0: an image of another origin sent without CORS (kept, though its size is unknown).
            cacheableResponse: { statuses: [0, 200] },
          },
        })),
      ],
    },
  }
}
