import { http, HttpResponse } from 'msw'
import { db, toAuthor } from '../db'
import { apiPath, notFound } from './responses'

export const authorHandlers = [
  http.get(apiPath('/authors/:slug'), ({ params }) => {
    const author = db.findAuthor(String(params.slug))
    return author ? HttpResponse.json(toAuthor(author)) : notFound('Auteur')
  }),
]
