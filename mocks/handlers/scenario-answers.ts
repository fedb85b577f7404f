/**
 * The scenarios that answer one endpoint their own way (`article-404`, `post-error`, `edit-expired`,
 * `live`…), as msw overrides between the scenario gate and the resource handlers. Like a real server,
 * they look the resource up first: for a missing article or comment (gone, refused, a placeholder) the
 * resource handler answers 404.
 */
import { http } from 'msw'
import { worldUnder } from '../scenarios/active-scenarios.ts'
import { SCENARIOS } from '../scenarios/catalogue.ts'
import { readSettings } from '../scenarios/settings.ts'
import { apiPath } from './requests.ts'

export const scenarioAnswers = SCENARIOS.flatMap(({ name, endpoints = [] }) =>
  endpoints.map(({ method, path, answer }) =>
    http[method](apiPath(path), ({ request, cookies, params }) => {
      const settings = readSettings(request, cookies)
      if (!settings.scenarios.includes(name)) return undefined
      const world = worldUnder(settings)
      const slug = typeof params.slug === 'string' ? params.slug : undefined
      const id = typeof params.id === 'string' ? params.id : undefined
      if (slug !== undefined && !world.findArticle(slug)) return undefined
      const comment = id === undefined ? undefined : world.findCommentById(id)
      const gone = !comment || comment.removed || comment.deleted || comment.status === 'rejected'
      if (id !== undefined && gone) return undefined
      return answer({ params: { slug, id }, world })
    }),
  ),
)
