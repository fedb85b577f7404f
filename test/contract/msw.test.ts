/** The contract suite against the mocked API (the shared MSW handlers). */
import { mswBackend } from './msw-backend'
import { contractSuite } from './suite'

contractSuite(mswBackend())
