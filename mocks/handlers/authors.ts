import { http, HttpResponse } from 'msw'
import { toAuthor } from '../contract/article-shapes.ts'
import { notFound } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { apiPath } from './requests.ts'

export const authorHandlers = [
  http.get(apiPath('/authors/:slug'), ({ params }) => {
    const author = db.findAuthor(String(params.slug))
    return author ? HttpResponse.json(toAuthor(author)) : notFound('Auteur')
  }),
]
