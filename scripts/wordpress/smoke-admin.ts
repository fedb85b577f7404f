/** Smoke checks: the plugin's wp-admin screens render (in English and, for a French user, in French). */
import assert from 'node:assert/strict'
import { query, type SiteInfo } from './site.ts'
import { adminSession, type Check } from './smoke-client.ts'

export function adminChecks(site: SiteInfo): Check[] {
  const post = site.seed.posts[site.seed.isarta] ?? 0
  const screens: [path: string, english: string, french: string][] = [
    ['/wp-admin/options-general.php?page=chronique', 'Allowed origins', 'Origines autorisées'],
    ['/wp-admin/edit-comments.php', 'Choose for the editors', 'Choisir pour la rédaction'],
    ['/wp-admin/edit-comments.php?comment_status=all&chronique_reported=1', 'Reports', 'Signalements'],
    [
      '/wp-admin/edit-comments.php?page=chronique-guide',
      'Chronique: guide for editors',
      'Chronique : guide de la rédaction',
    ],
    [
      '/wp-admin/user-edit.php?user_id=2',
      'Role shown with the byline',
      'Fonction affichée avec la signature',
    ],
    [
      `/wp-admin/post.php?post=${String(post)}&action=edit`,
      'Further reading on the subject',
      'À lire aussi sur le sujet',
    ],
  ]
  return [
    [
      'wp-admin: settings, Comments (row action, Reports column, Reported view), guide, profile fields, related-links box — English and French',
      async () => {
        const session = await adminSession(site)
        for (const [path, english] of screens) {
          const page = await session.get(path)
          assert.equal(page.status, 200, path)
          assert.ok(page.text.includes(english), `${path}: “${english}”`)
        }
        // The admin's own language (Profile → Language), as WordPress keeps it.
        query("UPDATE wp_usermeta SET meta_value = 'fr_CA' WHERE user_id = 1 AND meta_key = 'locale'")
        try {
          for (const [path, , french] of screens) {
            const page = await session.get(path)
            assert.ok(page.text.includes(french), `${path}: “${french}”`)
          }
        } finally {
          query("UPDATE wp_usermeta SET meta_value = '' WHERE user_id = 1 AND meta_key = 'locale'")
        }
      },
    ],
  ]
}
