/**
 * The app as the WordPress plugin serves it: `vite build --mode wordpress` (vite.config.ts), made by
 * scripts/wordpress/app-build.ts for `npm run wordpress:zip` and `CHRONIQUE_WP_APP=1 npm run wordpress`.
 */
export const WORDPRESS_MODE = 'wordpress'

/**
 * The plugin's REST base on the site's own origin. Relative, so one build serves any WordPress
 * installed at its domain's root; a site whose API lives elsewhere (WordPress in a folder, another
 * REST prefix) builds with VITE_API_BASE_URL set to its own.
 */
export const WORDPRESS_API_BASE = '/wp-json/chronique/v1'

/** Where the build goes, from the repository's root; the zip puts it in the plugin as `chronique/app/`. */
export const WORDPRESS_APP_DIR = 'wordpress/dist/app'
