import { fileURLToPath } from 'node:url'
import sirv from 'sirv'

/**
 * The seed data's images (covers, avatars) live with the mocks, not in public/: they are data, and the
 * production build must not ship them. The dev server and the standalone mock API serve them at
 * /images/…, where the seed data points.
 */
export const mockAssetsDir = fileURLToPath(new URL('./public', import.meta.url))

export const serveMockAssets = sirv(mockAssetsDir, { dev: true, etag: true })
