import { http, HttpResponse } from 'msw'
import { db, toAuthor } from '../db.ts'
import { apiPath, notFound } from './responses.ts'

export const authorHandlers = [
  http.get(apiPath('/authors/:slug'), ({ params }) => {
    const author = db.findAuthor(String(params.slug))
    return author ? HttpResponse.json(toAuthor(author)) : notFound('Auteur')
  }),
]
