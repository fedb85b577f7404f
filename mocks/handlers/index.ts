import { articleHandlers } from './articles'
import { authorHandlers } from './authors'
import { categoryHandlers } from './categories'
import { commentHandlers } from './comments'

/** The whole mocked REST API, shared by the dev service worker, the unit tests and the e2e tests. */
export const handlers = [...articleHandlers, ...commentHandlers, ...authorHandlers, ...categoryHandlers]
