import { appointments } from './appointments'
import { auth } from './auth'
import { cases } from './cases'
import { deputies } from './deputies'
import { media } from './media'
import { messages } from './messages'
import { notices } from './notices'
import type { FunctionHandler } from './runtime'
import { stations } from './stations'
import { stats } from './stats'
import { timer } from './timer'

/** Every deployable function by name: the host serves these at POST /fn/<name>. */
export const FUNCTIONS: Record<string, FunctionHandler> = { auth, deputies, cases, media, messages, notices, appointments, stations, stats, timer }
