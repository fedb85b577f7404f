import { http, HttpResponse } from 'msw'
import { db } from '../db.ts'
import { worldOf } from '../scenarios/active-scenarios.ts'
import { apiPath } from './requests.ts'

export const categoryHandlers = [
  http.get(apiPath('/categories'), (info) => {
    const articles = worldOf(info).articles()
    return HttpResponse.json({
      items: db.categories().map((category) => ({
        ...category,
        articleCount: articles.filter((article) => article.categorySlug === category.slug).length,
      })),
    })
  }),
]
