/**
 * The `huge-thread` data where test/thread-window.test.tsx and e2e/thread-window.spec.ts still import
 * it from; new code imports huge-thread.ts. To go once those two imports change.
 */
export { hugeThread } from './huge-thread.ts'
