import { http, HttpResponse } from 'msw'
import { toAuthor } from '../contract/article-shapes.ts'
import { db } from '../db.ts'
import { apiPath, notFound } from './responses.ts'

export const authorHandlers = [
  http.get(apiPath('/authors/:slug'), ({ params }) => {
    const author = db.findAuthor(String(params.slug))
    return author ? HttpResponse.json(toAuthor(author)) : notFound('Auteur')
  }),
]
