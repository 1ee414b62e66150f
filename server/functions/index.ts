import { auth } from './auth'
import { cases } from './cases'
import { deputies } from './deputies'
import type { FunctionHandler } from './runtime'

/** Every deployable function by name: the host serves these at POST /fn/<name>. */
export const FUNCTIONS: Record<string, FunctionHandler> = { auth, deputies, cases }
